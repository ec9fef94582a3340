<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>QObject</name>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>%1 (AUC %2)</source>
        <translation>%1 (AUC %2)</translation>
    </message>
    <message>
        <source>Chance</source>
        <translation>Hasard</translation>
    </message>
    <message>
        <source>1 − specificity (false-positive rate)</source>
        <translation>1 − spécificité (taux de faux positifs)</translation>
    </message>
    <message>
        <source>Sensitivity</source>
        <translation>Sensibilité</translation>
    </message>
    <message>
        <source>%1 (ECE %2)</source>
        <translation>%1 (ECE %2)</translation>
    </message>
    <message>
        <source>Perfect calibration</source>
        <translation>Calibration parfaite</translation>
    </message>
    <message>
        <source>Mean predicted risk (10 bins)</source>
        <translation>Risque prédit moyen (10 classes)</translation>
    </message>
    <message>
        <source>Observed rate</source>
        <translation>Taux observé</translation>
    </message>
    <message>
        <source>All (%1)</source>
        <translation>Tous (%1)</translation>
    </message>
    <message>
        <source>Specificity</source>
        <translation>Spécificité</translation>
    </message>
    <message>
        <source>Accuracy</source>
        <translation>Exactitude</translation>
    </message>
    <message>
        <source>AUC</source>
        <translation>AUC</translation>
    </message>
    <message>
        <source>%1 difference (points, 95% CI)</source>
        <translation>Différence %1 (points, IC à 95 %)</translation>
    </message>
    <message>
        <source>Group (positives)</source>
        <translation>Groupe (positifs)</translation>
    </message>
    <message>
        <source>margin −%1 </source>
        <translation>marge −%1 </translation>
    </message>
</context>
<context>
    <name>cs::AlertAction</name>
    <message>
        <source>Acknowledged</source>
        <translation>Pris en compte</translation>
    </message>
    <message>
        <source>Change request opened</source>
        <translation>Demande de modification ouverte</translation>
    </message>
</context>
<context>
    <name>cs::AtomicFile</name>
    <message>
        <source>%1 already exists; choose another name or move it away</source>
        <translation>%1 existe déjà ; choisissez un autre nom ou déplacez le fichier</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d’écrire %1 : %2</translation>
    </message>
    <message>
        <source>cannot set permissions on %1: %2</source>
        <translation>impossible de définir les permissions de %1 : %2</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 ne peut pas être écrit : %2</translation>
    </message>
</context>
<context>
    <name>cs::AttachmentStore</name>
    <message>
        <source>attaching %1 to model version %2</source>
        <translation>ajout de %1 à la version de modèle %2</translation>
    </message>
    <message>
        <source>attaching %1 to dataset %2</source>
        <translation>ajout de %1 au jeu de données %2</translation>
    </message>
    <message>
        <source>reading the attachments of model version %1</source>
        <translation>lecture des pièces jointes de la version de modèle %1</translation>
    </message>
    <message>
        <source>reading the attachments of dataset %1</source>
        <translation>lecture des pièces jointes du jeu de données %1</translation>
    </message>
</context>
<context>
    <name>cs::AuditAction</name>
    <message>
        <source>Workspace created</source>
        <translation>Espace de travail créé</translation>
    </message>
    <message>
        <source>Schema upgraded</source>
        <translation>Schéma mis à niveau</translation>
    </message>
    <message>
        <source>Setting changed</source>
        <translation>Paramètre modifié</translation>
    </message>
    <message>
        <source>Audit trail reviewed</source>
        <translation>Piste d’audit revue</translation>
    </message>
    <message>
        <source>Checkpoint created</source>
        <translation>Point de contrôle créé</translation>
    </message>
    <message>
        <source>Account created</source>
        <translation>Compte créé</translation>
    </message>
    <message>
        <source>Account updated</source>
        <translation>Compte modifié</translation>
    </message>
    <message>
        <source>Account disabled</source>
        <translation>Compte désactivé</translation>
    </message>
    <message>
        <source>Account locked</source>
        <translation>Compte verrouillé</translation>
    </message>
    <message>
        <source>Account unlocked</source>
        <translation>Compte déverrouillé</translation>
    </message>
    <message>
        <source>Password changed</source>
        <translation>Mot de passe modifié</translation>
    </message>
    <message>
        <source>Password reset</source>
        <translation>Mot de passe réinitialisé</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Connecté</translation>
    </message>
    <message>
        <source>Re-authenticated</source>
        <translation>Réauthentifié</translation>
    </message>
    <message>
        <source>Sign-in failed</source>
        <translation>Échec de connexion</translation>
    </message>
    <message>
        <source>Certificate enrolled</source>
        <translation>Certificat enregistré</translation>
    </message>
    <message>
        <source>Trusted CA added</source>
        <translation>AC de confiance ajoutée</translation>
    </message>
    <message>
        <source>Revocation list added</source>
        <translation>Liste de révocation ajoutée</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Signé</translation>
    </message>
    <message>
        <source>Model registered</source>
        <translation>Modèle enregistré</translation>
    </message>
    <message>
        <source>Model described</source>
        <translation>Modèle décrit</translation>
    </message>
    <message>
        <source>Version imported</source>
        <translation>Version importée</translation>
    </message>
    <message>
        <source>Lifecycle move</source>
        <translation>Changement de cycle de vie</translation>
    </message>
    <message>
        <source>Evidence attached to a version</source>
        <translation>Preuve jointe à une version</translation>
    </message>
    <message>
        <source>Dataset created</source>
        <translation>Jeu de données créé</translation>
    </message>
    <message>
        <source>Dataset file imported</source>
        <translation>Fichier de jeu de données importé</translation>
    </message>
    <message>
        <source>Evidence attached to a dataset</source>
        <translation>Preuve jointe à un jeu de données</translation>
    </message>
    <message>
        <source>Predictions imported</source>
        <translation>Prédictions importées</translation>
    </message>
    <message>
        <source>Change request opened</source>
        <translation>Demande de modification ouverte</translation>
    </message>
    <message>
        <source>Change request edited</source>
        <translation>Demande de modification éditée</translation>
    </message>
    <message>
        <source>Change request moved</source>
        <translation>Demande de modification avancée</translation>
    </message>
    <message>
        <source>Signed document exported</source>
        <translation>Document signé exporté</translation>
    </message>
    <message>
        <source>PCCP version saved</source>
        <translation>Version du PCCP enregistrée</translation>
    </message>
    <message>
        <source>Drift run recorded</source>
        <translation>Analyse de dérive enregistrée</translation>
    </message>
    <message>
        <source>Drift alert raised</source>
        <translation>Alerte de dérive levée</translation>
    </message>
    <message>
        <source>Drift alert decided</source>
        <translation>Décision sur une alerte de dérive</translation>
    </message>
</context>
<context>
    <name>cs::AuditEventCodec</name>
    <message>
        <source>event %1: the %2 value is not canonical JSON</source>
        <translation>événement %1 : la valeur %2 n’est pas du JSON canonique</translation>
    </message>
</context>
<context>
    <name>cs::AuditEventTable</name>
    <message>
        <source>recording audit event %1</source>
        <translation>enregistrement de l’événement d’audit %1</translation>
    </message>
    <message>
        <source>recording the seals of audit event %1</source>
        <translation>enregistrement des sceaux de l’événement d’audit %1</translation>
    </message>
    <message>
        <source>reading the seals of audit event %1</source>
        <translation>lecture des sceaux de l’événement d’audit %1</translation>
    </message>
    <message>
        <source>reading the last audit event</source>
        <translation>lecture du dernier événement d’audit</translation>
    </message>
    <message>
        <source>reading audit event %1</source>
        <translation>lecture de l’événement d’audit %1</translation>
    </message>
    <message>
        <source>%1 has no audit event %2</source>
        <translation>%1 n’a pas d’événement d’audit %2</translation>
    </message>
    <message>
        <source>counting audit events</source>
        <translation>comptage des événements d’audit</translation>
    </message>
    <message>
        <source>locating audit event %1</source>
        <translation>recherche de l’événement d’audit %1</translation>
    </message>
    <message>
        <source>reading audit events</source>
        <translation>lecture des événements d’audit</translation>
    </message>
    <message>
        <source>reading the audit trail</source>
        <translation>lecture de la piste d’audit</translation>
    </message>
    <message>
        <source>reading the audit trail&apos;s seals</source>
        <translation>lecture des sceaux de la piste d’audit</translation>
    </message>
    <message>
        <source>listing audit %1 values</source>
        <translation>liste des valeurs d’audit %1</translation>
    </message>
</context>
<context>
    <name>cs::AuditExcerpt</name>
    <message>
        <source>%1: the audit-trail excerpt %2</source>
        <translation>%1 : l’extrait de piste d’audit %2</translation>
    </message>
    <message>
        <source>is not in the format %1</source>
        <translation>n’est pas au format %1</translation>
    </message>
    <message>
        <source>lacks its checkpoint, verifier_key or events</source>
        <translation>il manque son point de contrôle, sa verifier_key ou ses événements</translation>
    </message>
    <message>
        <source>event %1 (entry %2) lacks a positive seq, its event text, a 64-digit leaf_hash or its proof</source>
        <translation>l’événement %1 (entrée %2) n’a pas de seq positive, de texte d’événement, de leaf_hash à 64 chiffres ou de preuve</translation>
    </message>
    <message>
        <source>event %1 has a proof step that is not 64 hex digits</source>
        <translation>l’événement %1 a une étape de preuve qui n’est pas de 64 chiffres hexadécimaux</translation>
    </message>
    <message>
        <source>%1: the excerpt&apos;s verifier key: %2</source>
        <translation>%1 : la clé de vérification de l’extrait : %2</translation>
    </message>
    <message>
        <source>%1: the excerpt&apos;s checkpoint is not signed by its verifier key: %2</source>
        <translation>%1 : le point de contrôle de l’extrait n’est pas signé par sa clé de vérification : %2</translation>
    </message>
    <message>
        <source>%1: the checkpoint&apos;s origin %2 is not its key&apos;s name %3</source>
        <translation>%1 : l’origine %2 du point de contrôle n’est pas le nom %3 de sa clé</translation>
    </message>
    <message>
        <source>%1: event %2 of the excerpt %3</source>
        <translation>%1 : événement %2 de l’extrait %3</translation>
    </message>
    <message>
        <source>is not after event %1: the excerpt must list events once, in order</source>
        <translation>n’est pas après l’événement %1 : l’extrait doit lister les événements une fois, dans l’ordre</translation>
    </message>
    <message>
        <source>does not hash to its leaf hash (its text was changed): %1, not %2</source>
        <translation>ne correspond pas à son hachage de feuille (son texte a été modifié) : %1, et non %2</translation>
    </message>
    <message>
        <source>says it is event %1 of workspace %2, not event %3 of %4</source>
        <translation>se dit événement %1 de l’espace de travail %2, et non événement %3 de %4</translation>
    </message>
    <message>
        <source>is after the checkpoint, which covers events 1 to %1</source>
        <translation>est après le point de contrôle, qui couvre les événements 1 à %1</translation>
    </message>
</context>
<context>
    <name>cs::AuditLog</name>
    <message>
        <source>an audit record needs an action and an entity type</source>
        <translation>un enregistrement d’audit nécessite une action et un type d’entité</translation>
    </message>
    <message>
        <source>a reason is required to %1 %2 %3</source>
        <translation>une raison est requise pour %1 %2 %3</translation>
    </message>
    <message>
        <source>change</source>
        <translation>modifier</translation>
    </message>
    <message>
        <source>delete</source>
        <translation>supprimer</translation>
    </message>
    <message>
        <source>an update must record the value before and after</source>
        <translation>une mise à jour doit enregistrer la valeur avant et après</translation>
    </message>
    <message>
        <source>a creation must record the new value</source>
        <translation>une création doit enregistrer la nouvelle valeur</translation>
    </message>
    <message>
        <source>a deletion must record the value that was deleted</source>
        <translation>une suppression doit enregistrer la valeur supprimée</translation>
    </message>
</context>
<context>
    <name>cs::AuditQuery</name>
    <message>
        <source>event %1 is missing from the audit trail; run verify</source>
        <translation>l’événement %1 manque dans la piste d’audit ; lancez verify</translation>
    </message>
    <message>
        <source>event %1 no longer hashes to its stored leaf hash (it was altered); run verify</source>
        <translation>l’événement %1 ne correspond plus à son hachage de feuille enregistré (il a été modifié) ; lancez verify</translation>
    </message>
    <message>
        <source>the audit trail&apos;s first %1 events no longer hash to the root that checkpoint %2 signed; run verify</source>
        <translation>les %1 premiers événements de la piste d’audit ne donnent plus la racine signée par le point de contrôle %2 ; lancez verify</translation>
    </message>
</context>
<context>
    <name>cs::AuditVerifier</name>
    <message>
        <source>%1 belongs to another workspace or key; it proves nothing here</source>
        <translation>%1 appartient à un autre espace de travail ou une autre clé ; il ne prouve rien ici</translation>
    </message>
    <message>
        <source>%1 names another workspace</source>
        <translation>%1 désigne un autre espace de travail</translation>
    </message>
    <message>
        <source>%1: its stored size or hashes differ from what its note signed</source>
        <translation>%1 : sa taille ou ses hachages enregistrés diffèrent de ce que sa note a signé</translation>
    </message>
    <message>
        <source>stored checkpoint %1</source>
        <translation>point de contrôle enregistré %1</translation>
    </message>
    <message>
        <source>checkpoint file %1</source>
        <translation>fichier de point de contrôle %1</translation>
    </message>
    <message>
        <source>the append-only protection was removed (missing triggers: %1)</source>
        <translation>la protection en ajout seul a été supprimée (déclencheurs manquants : %1)</translation>
    </message>
    <message numerus="yes">
        <source>%n record seal(s) belong to no event of the trail: they were added outside Countersign</source>
        <translation>
            <numerusform>%n sceau d’enregistrement n’appartient à aucun événement de la piste : il a été ajouté hors de Countersign</numerusform>
            <numerusform>%n sceaux d’enregistrement n’appartiennent à aucun événement de la piste : ils ont été ajoutés hors de Countersign</numerusform>
        </translation>
    </message>
    <message>
        <source>verification was cancelled</source>
        <translation>la vérification a été annulée</translation>
    </message>
    <message>
        <source>event %1 is missing (deleted from the trail)</source>
        <translation>l’événement %1 manque (supprimé de la piste)</translation>
    </message>
    <message>
        <source>events %1 to %2 are missing (deleted from the trail)</source>
        <translation>les événements %1 à %2 manquent (supprimés de la piste)</translation>
    </message>
    <message>
        <source>its chain hash does not follow from event %1: events were inserted, reordered or their hashes rewritten</source>
        <translation>son hachage de chaîne ne découle pas de l’événement %1 : des événements ont été insérés, réordonnés ou leurs hachages réécrits</translation>
    </message>
    <message>
        <source>event %1 is timed %2, before event %3 (the clock went backwards)</source>
        <translation>l’événement %1 est daté %2, avant l’événement %3 (l’horloge a reculé)</translation>
    </message>
    <message>
        <source>%1: changed outside Countersign</source>
        <translation>%1 : modifié hors de Countersign</translation>
    </message>
    <message>
        <source>the latest seal kept for %1 &quot;%2&quot; is not the one its events recorded: record_head was changed outside Countersign</source>
        <translation>le dernier sceau conservé pour %1 « %2 » n’est pas celui enregistré par ses événements : record_head a été modifié hors de Countersign</translation>
    </message>
    <message>
        <source> (the event was altered after it was recorded)</source>
        <translation> (l’événement a été modifié après son enregistrement)</translation>
    </message>
    <message>
        <source>its content no longer matches its leaf hash: the event was altered after it was recorded</source>
        <translation>son contenu ne correspond plus à son hachage de feuille : l’événement a été modifié après son enregistrement</translation>
    </message>
    <message>
        <source>the workspace key is not the one recorded when the workspace was created (event 1 records %1)</source>
        <translation>la clé de l’espace de travail n’est pas celle enregistrée à sa création (l’événement 1 enregistre %1)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>event %1 was removed</source>
        <translation>l’événement %1 a été supprimé</translation>
    </message>
    <message>
        <source>events %1 to %2 were removed</source>
        <translation>les événements %1 à %2 ont été supprimés</translation>
    </message>
    <message>
        <source>the trail ends at event %1 but %2 covers %3 events: %4</source>
        <translation>la piste s’arrête à l’événement %1 mais %2 couvre %3 événements : %4</translation>
    </message>
    <message>
        <source>the trail no longer matches %1 (%2 events, signed %3)</source>
        <translation>la piste ne correspond plus à %1 (%2 événements, signé le %3)</translation>
    </message>
    <message>
        <source>, as follows from the damage at event %1</source>
        <translation>, comme il découle du dommage à l’événement %1</translation>
    </message>
    <message>
        <source>: events between %1 and %2 were changed and their hashes recomputed after it was signed</source>
        <translation>: des événements entre %1 et %2 ont été modifiés et leurs hachages recalculés après sa signature</translation>
    </message>
</context>
<context>
    <name>cs::Authority</name>
    <message>
        <source>%1 may not %2: no role they hold (%3) allows it</source>
        <translation>%1 ne peut pas %2 : aucun de ses rôles (%3) ne le permet</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
</context>
<context>
    <name>cs::BulkStatement</name>
    <message>
        <source>%1: %2 was refused by the workspace (%3)</source>
        <translation>%1 : %2 a été refusé par l’espace de travail (%3)</translation>
    </message>
    <message>
        <source>%1: %2 failed because the disk is full</source>
        <translation>%1 : %2 a échoué car le disque est plein</translation>
    </message>
    <message>
        <source>%1: %2 failed because another program is writing to the workspace</source>
        <translation>%1 : %2 a échoué car un autre programme écrit dans l’espace de travail</translation>
    </message>
    <message>
        <source>%1: %2 failed because the file is damaged (%3)</source>
        <translation>%1 : %2 a échoué car le fichier est endommagé (%3)</translation>
    </message>
    <message>
        <source>%1: %2 failed (%3)</source>
        <translation>%1 : %2 a échoué (%3)</translation>
    </message>
    <message>
        <source>%1: the workspace connection is not an open SQLite connection</source>
        <translation>%1 : la connexion à l’espace de travail n’est pas une connexion SQLite ouverte</translation>
    </message>
    <message>
        <source>%1: preparing %2 failed (%3)</source>
        <translation>%1 : la préparation de %2 a échoué (%3)</translation>
    </message>
</context>
<context>
    <name>cs::CanonicalJson</name>
    <message>
        <source>JSON numbers must be finite (NaN and infinity have no form)</source>
        <translation>les nombres JSON doivent être finis (NaN et l’infini n’ont pas de forme)</translation>
    </message>
    <message>
        <source>undefined JSON value</source>
        <translation>valeur JSON indéfinie</translation>
    </message>
    <message>
        <source>string holds a lone surrogate (not valid Unicode)</source>
        <translation>la chaîne contient un substitut isolé (Unicode non valide)</translation>
    </message>
    <message>
        <source>invalid JSON at byte %1: %2</source>
        <translation>JSON non valide à l’octet %1 : %2</translation>
    </message>
</context>
<context>
    <name>cs::Certificate</name>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 n’existe pas</translation>
    </message>
    <message>
        <source>%1 is too large to be %2</source>
        <translation>%1 est trop volumineux pour être %2</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>%1 is not an X.509 certificate</source>
        <translation>%1 n’est pas un certificat X.509</translation>
    </message>
    <message>
        <source>%1 holds no PEM certificate</source>
        <translation>%1 ne contient aucun certificat PEM</translation>
    </message>
    <message>
        <source>a certificate</source>
        <translation>un certificat</translation>
    </message>
    <message>
        <source>unknown key</source>
        <translation>clé inconnue</translation>
    </message>
    <message>
        <source>generating a key failed: %1</source>
        <translation>la génération d’une clé a échoué : %1</translation>
    </message>
    <message>
        <source>%1 holds no PEM private key</source>
        <translation>%1 ne contient aucune clé privée PEM</translation>
    </message>
    <message>
        <source>wrong passphrase for the private key in %1</source>
        <translation>phrase secrète incorrecte pour la clé privée de %1</translation>
    </message>
    <message>
        <source>cannot read the private key in %1</source>
        <translation>impossible de lire la clé privée de %1</translation>
    </message>
    <message>
        <source>cannot encode the private key: %1</source>
        <translation>impossible d’encoder la clé privée : %1</translation>
    </message>
    <message>
        <source>%1 is not a certificate revocation list</source>
        <translation>%1 n’est pas une liste de révocation de certificats</translation>
    </message>
    <message>
        <source>a revocation list</source>
        <translation>une liste de révocation</translation>
    </message>
    <message>
        <source>%1 holds no PEM revocation list</source>
        <translation>%1 ne contient aucune liste de révocation PEM</translation>
    </message>
    <message>
        <source>a PKCS#12 file</source>
        <translation>un fichier PKCS#12</translation>
    </message>
    <message>
        <source>%1 is not a PKCS#12 file (.p12 or .pfx)</source>
        <translation>%1 n’est pas un fichier PKCS#12 (.p12 ou .pfx)</translation>
    </message>
    <message>
        <source>%1 asks for %2 key-derivation iterations; Countersign opens files with at most %3 (more would take minutes): export it again with your tool&apos;s default settings</source>
        <translation>%1 demande %2 itérations de dérivation de clé ; Countersign ouvre les fichiers d’au plus %3 (davantage prendrait des minutes) : exportez-le à nouveau avec les réglages par défaut de votre outil</translation>
    </message>
    <message>
        <source>wrong passphrase for %1</source>
        <translation>phrase secrète incorrecte pour %1</translation>
    </message>
    <message>
        <source>%1 uses legacy encryption (RC2 or 3DES) and OpenSSL&apos;s legacy provider is not available on this system; re-export the file with AES encryption</source>
        <translation>%1 utilise un chiffrement ancien (RC2 ou 3DES) et le fournisseur legacy d’OpenSSL n’est pas disponible sur ce système ; exportez à nouveau le fichier avec un chiffrement AES</translation>
    </message>
    <message>
        <source>cannot read the key and certificate in %1 (the passphrase is right; the contents are damaged or use an unsupported algorithm)</source>
        <translation>impossible de lire la clé et le certificat de %1 (la phrase secrète est correcte ; le contenu est endommagé ou utilise un algorithme non pris en charge)</translation>
    </message>
    <message>
        <source>%1 holds no certificate</source>
        <translation>%1 ne contient aucun certificat</translation>
    </message>
    <message>
        <source>%1 holds no private key</source>
        <translation>%1 ne contient aucune clé privée</translation>
    </message>
    <message>
        <source>cannot create the PKCS#12 file: %1</source>
        <translation>impossible de créer le fichier PKCS#12 : %1</translation>
    </message>
    <message>
        <source>cannot encode the PKCS#12 file: %1</source>
        <translation>impossible d’encoder le fichier PKCS#12 : %1</translation>
    </message>
    <message>
        <source>a private key</source>
        <translation>une clé privée</translation>
    </message>
</context>
<context>
    <name>cs::CertificateCheck</name>
    <message>
        <source>certificate &quot;%1&quot; (serial %2) is refused: %3</source>
        <translation>le certificat « %1 » (numéro de série %2) est refusé : %3</translation>
    </message>
    <message>
        <source>trusted CA %1</source>
        <translation>AC de confiance %1</translation>
    </message>
    <message>
        <source>cannot check the certificate chain: %1</source>
        <translation>impossible de vérifier la chaîne de certificats : %1</translation>
    </message>
    <message>
        <source>it is not issued by a CA in the workspace trust store (issuer: %1)</source>
        <translation>il n’est pas émis par une AC du magasin de confiance de l’espace de travail (émetteur : %1)</translation>
    </message>
    <message>
        <source>the certificate of its issuing CA had expired at %1</source>
        <translation>le certificat de l’AC émettrice avait expiré le %1</translation>
    </message>
    <message>
        <source>the certificate of its issuing CA was not yet valid at %1</source>
        <translation>le certificat de l’AC émettrice n’était pas encore valide le %1</translation>
    </message>
    <message>
        <source>its signature does not verify with the trusted CA&apos;s key (forged or altered certificate)</source>
        <translation>sa signature ne se vérifie pas avec la clé de l’AC de confiance (certificat falsifié ou modifié)</translation>
    </message>
    <message>
        <source>its chain to the trust store does not verify: %1</source>
        <translation>sa chaîne vers le magasin de confiance ne se vérifie pas : %1</translation>
    </message>
    <message>
        <source>its key is too weak (%1); signing keys must be RSA with 2048 bits or more, or EC on P-256 or a stronger curve</source>
        <translation>sa clé est trop faible (%1) ; les clés de signature doivent être RSA d’au moins 2048 bits, ou EC sur P-256 ou une courbe plus forte</translation>
    </message>
    <message>
        <source>no certificate was given</source>
        <translation>aucun certificat n’a été fourni</translation>
    </message>
    <message>
        <source>it is not valid until %1 (checked at %2)</source>
        <translation>il n’est valide qu’à partir du %1 (vérifié le %2)</translation>
    </message>
    <message>
        <source>it expired on %1 (checked at %2)</source>
        <translation>il a expiré le %1 (vérifié le %2)</translation>
    </message>
    <message>
        <source>the workspace trust store is empty; an administrator must add the issuing CA first</source>
        <translation>le magasin de confiance de l’espace de travail est vide ; un administrateur doit d’abord ajouter l’AC émettrice</translation>
    </message>
    <message>
        <source>its key usage allows neither digitalSignature nor nonRepudiation</source>
        <translation>son usage de clé ne permet ni digitalSignature ni nonRepudiation</translation>
    </message>
    <message>
        <source>its extended key usage does not include emailProtection (document signing); it is meant for another purpose</source>
        <translation>son usage étendu de clé n’inclut pas emailProtection (signature de documents) ; il est destiné à un autre usage</translation>
    </message>
    <message>
        <source>the stored revocation list %1</source>
        <translation>la liste de révocation enregistrée %1</translation>
    </message>
    <message>
        <source>it was revoked on %1, before the signature at %2</source>
        <translation>il a été révoqué le %1, avant la signature du %2</translation>
    </message>
    <message>
        <source>the revocation list of its CA is out of date (its next update was due %1); revocation cannot be checked, so signing is refused until an administrator adds a current CRL</source>
        <translation>la liste de révocation de son AC est périmée (sa prochaine mise à jour était due le %1) ; la révocation ne peut pas être vérifiée, la signature est donc refusée jusqu’à ce qu’un administrateur ajoute une CRL à jour</translation>
    </message>
    <message>
        <source>unspecified</source>
        <translation>non précisé</translation>
    </message>
    <message>
        <source>it was revoked on %1</source>
        <translation>il a été révoqué le %1</translation>
    </message>
    <message>
        <source>it names &quot;%1&quot;%2, not %3 (%4, %5)</source>
        <translation>il nomme « %1 »%2, et non %3 (%4, %5)</translation>
    </message>
</context>
<context>
    <name>cs::CertificateFactory</name>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 a échoué : %2</translation>
    </message>
    <message>
        <source>creating a certificate</source>
        <translation>création d’un certificat</translation>
    </message>
    <message>
        <source>adding certificate extensions</source>
        <translation>ajout des extensions du certificat</translation>
    </message>
    <message>
        <source>signing the certificate</source>
        <translation>signature du certificat</translation>
    </message>
    <message>
        <source>creating a revocation list</source>
        <translation>création d’une liste de révocation</translation>
    </message>
    <message>
        <source>signing the revocation list</source>
        <translation>signature de la liste de révocation</translation>
    </message>
</context>
<context>
    <name>cs::ChangeKind</name>
    <message>
        <source>Create</source>
        <translation>Création</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Modification</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Suppression</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Enregistrement</translation>
    </message>
</context>
<context>
    <name>cs::ChangeRequest</name>
    <message>
        <source>%1%2 should be text</source>
        <translation>%1%2 doit être du texte</translation>
    </message>
    <message>
        <source>%1%2 should be a number</source>
        <translation>%1%2 doit être un nombre</translation>
    </message>
    <message>
        <source>plan.datasets: the role of %1 should be validation or challenge, not &quot;%2&quot;</source>
        <translation>plan.datasets : le rôle de %1 doit être validation ou challenge, et non « %2 »</translation>
    </message>
    <message>
        <source>trigger.kind &quot;%1&quot; is not one of %2</source>
        <translation>trigger.kind « %1 » n’est pas l’un de %2</translation>
    </message>
    <message>
        <source>classification.class should be minor or major, not &quot;%1&quot;</source>
        <translation>classification.class doit être minor ou major, et non « %1 »</translation>
    </message>
    <message>
        <source>%1 is empty</source>
        <translation>%1 est vide</translation>
    </message>
    <message>
        <source>rollback.version is the candidate itself</source>
        <translation>rollback.version est le candidat lui-même</translation>
    </message>
    <message>
        <source>plan.datasets: a dataset has no name</source>
        <translation>plan.datasets : un jeu de données n’a pas de nom</translation>
    </message>
    <message>
        <source>plan.datasets: %1 is named twice</source>
        <translation>plan.datasets : %1 est nommé deux fois</translation>
    </message>
    <message>
        <source>plan.datasets: exactly one locked validation set is required (%1 named)</source>
        <translation>plan.datasets : exactement un jeu de validation verrouillé est requis (%1 nommé)</translation>
    </message>
    <message>
        <source>plan.thresholds: each operating threshold must lie strictly between 0 and 1</source>
        <translation>plan.thresholds : chaque seuil de fonctionnement doit être strictement entre 0 et 1</translation>
    </message>
    <message>
        <source>cleared: the originally cleared version is the candidate itself</source>
        <translation>cleared : la version autorisée à l’origine est le candidat lui-même</translation>
    </message>
    <message>
        <source>plan.thresholds.cleared: the operating threshold of the originally cleared version %1 is missing</source>
        <translation>plan.thresholds.cleared : le seuil de fonctionnement de la version autorisée à l’origine %1 manque</translation>
    </message>
    <message>
        <source>plan.thresholds.cleared is given, but the request names no originally cleared version</source>
        <translation>plan.thresholds.cleared est fourni, mais la demande ne nomme aucune version autorisée à l’origine</translation>
    </message>
    <message>
        <source>plan.alpha must lie strictly between 0 and 0.5</source>
        <translation>plan.alpha doit être strictement entre 0 et 0.5</translation>
    </message>
    <message>
        <source>plan.margins.%1 must be at least 0 and below 0.5</source>
        <translation>plan.margins.%1 doit être au moins 0 et inférieur à 0.5</translation>
    </message>
    <message>
        <source>plan.min_positives must be at least 1</source>
        <translation>plan.min_positives doit être au moins 1</translation>
    </message>
</context>
<context>
    <name>cs::ChangeRequestAction</name>
    <message>
        <source>Edit</source>
        <translation>Éditer</translation>
    </message>
    <message>
        <source>Submit</source>
        <translation>Soumettre</translation>
    </message>
    <message>
        <source>Evaluate</source>
        <translation>Évaluer</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Approuver</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Rejeter</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Renvoyer</translation>
    </message>
    <message>
        <source>Implement</source>
        <translation>Mettre en œuvre</translation>
    </message>
    <message>
        <source>Emergency rollback</source>
        <translation>Retour arrière d’urgence</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Revoir</translation>
    </message>
    <message>
        <source>Justify</source>
        <translation>Justifier</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Clore</translation>
    </message>
    <message>
        <source>Rolled back</source>
        <translation>Annulée par retour arrière</translation>
    </message>
</context>
<context>
    <name>cs::ChangeRequestCommands</name>
    <message>
        <source>the title &quot;%1&quot; holds the control character %2; refused</source>
        <translation>le titre « %1 » contient le caractère de contrôle %2 ; refusé</translation>
    </message>
    <message>
        <source>a rollback request names an implemented change request of %1; %2 is not one</source>
        <translation>une demande de retour arrière désigne une demande de modification mise en œuvre de %1 ; %2 n’en est pas une</translation>
    </message>
    <message>
        <source>open a change request for version %1 of %2</source>
        <translation>ouvrir une demande de modification pour la version %1 de %2</translation>
    </message>
    <message>
        <source>there is no model %1 in this workspace</source>
        <translation>il n’y a pas de modèle %1 dans cet espace de travail</translation>
    </message>
    <message>
        <source>version %1 of %2 is %3 and cannot be a candidate</source>
        <translation>la version %1 de %2 est %3 et ne peut pas être candidate</translation>
    </message>
    <message>
        <source>model %1 has no version %2 in this workspace</source>
        <translation>le modèle %1 n’a pas de version %2 dans cet espace de travail</translation>
    </message>
    <message>
        <source>edit change request %1</source>
        <translation>éditer la demande de modification %1</translation>
    </message>
    <message>
        <source>say what changed to %1</source>
        <translation>indiquez ce qui a changé dans %1</translation>
    </message>
    <message>
        <source>the model, the candidate and the baseline of %1 were fixed when it was opened (%2 version %3 against %4); open a new request to change them</source>
        <translation>le modèle, le candidat et la référence de %1 ont été fixés à son ouverture (%2 version %3 contre %4) ; ouvrez une nouvelle demande pour les changer</translation>
    </message>
    <message>
        <source>no baseline</source>
        <translation>pas de référence</translation>
    </message>
    <message>
        <source>the drift alert %1 was opened from is fixed; open a new request from another alert</source>
        <translation>l’alerte de dérive %1 dont elle est issue est fixée ; ouvrez une nouvelle demande depuis une autre alerte</translation>
    </message>
    <message>
        <source>the edit changes nothing in revision %1 of %2</source>
        <translation>l’édition ne change rien à la révision %1 de %2</translation>
    </message>
    <message>
        <source>submit change request %1</source>
        <translation>soumettre la demande de modification %1</translation>
    </message>
    <message>
        <source>cleared: model %1 has no version %2 in this workspace</source>
        <translation>cleared : le modèle %1 n’a pas de version %2 dans cet espace de travail</translation>
    </message>
    <message>
        <source>plan.datasets: there is no dataset %1 in this workspace</source>
        <translation>plan.datasets : il n’y a pas de jeu de données %1 dans cet espace de travail</translation>
    </message>
    <message>
        <source>plan.datasets: the validation set %1 is not locked</source>
        <translation>plan.datasets : le jeu de validation %1 n’est pas verrouillé</translation>
    </message>
    <message>
        <source>plan.datasets: version %1 has no predictions on %2; import them first</source>
        <translation>plan.datasets : la version %1 n’a pas de prédictions sur %2 ; importez-les d’abord</translation>
    </message>
    <message>
        <source>plan.subgroups: %1 is not a subgroup column of %2 (it has: %3)</source>
        <translation>plan.subgroups : %1 n’est pas une colonne de sous-groupe de %2 (colonnes : %3)</translation>
    </message>
    <message>
        <source>pccp_modification: version %1 of the PCCP of %2 is in force; name the modification this change falls under (%3) or &quot;%4&quot;</source>
        <translation>pccp_modification : la version %1 du PCCP de %2 est en vigueur ; nommez la modification dont relève ce changement (%3) ou « %4 »</translation>
    </message>
    <message>
        <source>%1 cannot be submitted yet:
- %2</source>
        <translation>%1 ne peut pas encore être soumise :
- %2</translation>
    </message>
    <message>
        <source>%1: with two equally good versions this plan would fail more often than not (power below 50%) for %2; widen those margins or add samples, or accept the low power explicitly</source>
        <translation>%1 : avec deux versions également bonnes, ce plan échouerait plus souvent qu’à son tour (puissance inférieure à 50 %) pour %2 ; élargissez ces marges, ajoutez des échantillons ou acceptez explicitement la faible puissance</translation>
    </message>
    <message>
        <source>evaluate change request %1</source>
        <translation>évaluer la demande de modification %1</translation>
    </message>
    <message>
        <source>%1 change request %2</source>
        <translation>%1 la demande de modification %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a move without a signature; use its own command</source>
        <translation>« %1 » n’est pas une étape sans signature ; utilisez sa propre commande</translation>
    </message>
    <message>
        <source>a reason is required to %1</source>
        <translation>une raison est requise pour %1</translation>
    </message>
</context>
<context>
    <name>cs::ChangeRequestEvidence</name>
    <message>
        <source>model %1 has no version %2 in this workspace</source>
        <translation>le modèle %1 n’a pas de version %2 dans cet espace de travail</translation>
    </message>
    <message>
        <source>Sensitivity</source>
        <translation>Sensibilité</translation>
    </message>
    <message>
        <source>Specificity</source>
        <translation>Spécificité</translation>
    </message>
    <message>
        <source>Accuracy</source>
        <translation>Exactitude</translation>
    </message>
    <message>
        <source>AUC</source>
        <translation>AUC</translation>
    </message>
    <message>
        <source>superior to the originally cleared version</source>
        <translation>supérieure à la version autorisée à l’origine</translation>
    </message>
    <message>
        <source>superior to the baseline</source>
        <translation>supérieure à la référence</translation>
    </message>
    <message>
        <source>non-inferior to the originally cleared version</source>
        <translation>non inférieure à la version autorisée à l’origine</translation>
    </message>
    <message>
        <source>non-inferior to the baseline</source>
        <translation>non inférieure à la référence</translation>
    </message>
    <message>
        <source>inferior to the originally cleared version</source>
        <translation>inférieure à la version autorisée à l’origine</translation>
    </message>
    <message>
        <source>inferior to the baseline</source>
        <translation>inférieure à la référence</translation>
    </message>
    <message>
        <source>inconclusive against the originally cleared version</source>
        <translation>non concluant face à la version autorisée à l’origine</translation>
    </message>
    <message>
        <source>inconclusive against the baseline</source>
        <translation>non concluant face à la référence</translation>
    </message>
    <message>
        <source>not evaluable</source>
        <translation>non évaluable</translation>
    </message>
    <message>
        <source>%1: %2 at a %3-point margin</source>
        <translation>%1 : %2 avec une marge de %3 points</translation>
    </message>
    <message>
        <source>: %1 points</source>
        <translation>: %1 points</translation>
    </message>
    <message>
        <source>, %1% CI %2 to %3</source>
        <translation>, IC à %1 % de %2 à %3</translation>
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
        <translation>la version %1 n’a pas de prédictions sur %2</translation>
    </message>
    <message>
        <source>there is no dataset %1 in this workspace</source>
        <translation>il n’y a pas de jeu de données %1 dans cet espace de travail</translation>
    </message>
    <message>
        <source>First release: AUC %1, sensitivity %2, specificity %3 (no baseline to compare with)</source>
        <translation>Première mise en production : AUC %1, sensibilité %2, spécificité %3 (pas de référence à comparer)</translation>
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
        <translation>« %1 » n’est pas possible sur une demande de modification à l’état %2 ; %3</translation>
    </message>
    <message>
        <source>nothing more can be done with it</source>
        <translation>plus rien ne peut être fait</translation>
    </message>
    <message>
        <source>what can be done now: %1</source>
        <translation>possible maintenant : %1</translation>
    </message>
    <message>
        <source>nobody closes or rolls back a change request by hand: Countersign does when another request for the model is implemented</source>
        <translation>personne ne clôt ni n’annule à la main une demande de modification : Countersign le fait quand une autre demande pour le modèle est mise en œuvre</translation>
    </message>
    <message>
        <source>only the author of the request, %1, may %2 it</source>
        <translation>seul l’auteur de la demande, %1, peut la %2</translation>
    </message>
    <message>
        <source>%1 wrote this request and may not %2 it (separation of duties); another QA officer must</source>
        <translation>%1 a rédigé cette demande et ne peut pas la %2 (séparation des tâches) ; un autre responsable qualité doit le faire</translation>
    </message>
    <message>
        <source>only an emergency rollback waits for a retrospective review; this request was rolled back through an approved rollback request</source>
        <translation>seul un retour arrière d’urgence attend une revue rétrospective ; cette demande a été annulée par une demande de retour arrière approuvée</translation>
    </message>
    <message>
        <source>the emergency rollback has been reviewed already</source>
        <translation>le retour arrière d’urgence a déjà été revu</translation>
    </message>
    <message>
        <source>%1 made the emergency rollback and may not review it (separation of duties)</source>
        <translation>%1 a effectué le retour arrière d’urgence et ne peut pas le revoir (séparation des tâches)</translation>
    </message>
    <message>
        <source> or </source>
        <translation> ou </translation>
    </message>
    <message>
        <source>complete and submit</source>
        <translation>compléter et soumettre</translation>
    </message>
    <message>
        <source>the author, %1</source>
        <translation>l’auteur, %1</translation>
    </message>
    <message>
        <source>revise and submit again</source>
        <translation>réviser et soumettre à nouveau</translation>
    </message>
    <message>
        <source>evaluate</source>
        <translation>évaluer</translation>
    </message>
    <message>
        <source>reject or return: blocking PCCP rule %1 not met, cannot be approved</source>
        <translation>rejeter ou renvoyer : règle PCCP bloquante %1 non satisfaite, approbation impossible</translation>
    </message>
    <message>
        <source>%1 other than %2</source>
        <translation>%1 autre que %2</translation>
    </message>
    <message>
        <source>justify the PCCP rules that could not be evaluated, then approve or reject</source>
        <translation>justifier les règles PCCP non évaluables, puis approuver ou rejeter</translation>
    </message>
    <message>
        <source>approve or reject</source>
        <translation>approuver ou rejeter</translation>
    </message>
    <message>
        <source>implement</source>
        <translation>mettre en œuvre</translation>
    </message>
    <message>
        <source>review the emergency rollback</source>
        <translation>revoir le retour arrière d’urgence</translation>
    </message>
</context>
<context>
    <name>cs::ChangeRequestQuery</name>
    <message>
        <source>model %1 has no version %2 in this workspace</source>
        <translation>le modèle %1 n’a pas de version %2 dans cet espace de travail</translation>
    </message>
    <message>
        <source>there is no change request %1 in this workspace</source>
        <translation>il n’y a pas de demande de modification %1 dans cet espace de travail</translation>
    </message>
    <message>
        <source>change request %1 has no revision %2</source>
        <translation>la demande de modification %1 n’a pas de révision %2</translation>
    </message>
</context>
<context>
    <name>cs::ChangeRequestRelease</name>
    <message>
        <source>%1 is not a signed action</source>
        <translation>%1 n’est pas une action signée</translation>
    </message>
    <message>
        <source>%1, revision %2, has not been evaluated</source>
        <translation>%1, révision %2, n’a pas été évaluée</translation>
    </message>
    <message>
        <source>a reason is required to %1</source>
        <translation>une raison est requise pour %1</translation>
    </message>
    <message>
        <source>reject change request %1</source>
        <translation>rejeter la demande de modification %1</translation>
    </message>
    <message>
        <source>approve change request %1</source>
        <translation>approuver la demande de modification %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a decision; approve or reject</source>
        <translation>« %1 » n’est pas une décision ; approuver ou rejeter</translation>
    </message>
    <message>
        <source>justify approving change request %1 with rules not evaluable</source>
        <translation>justifier l’approbation de la demande de modification %1 avec des règles non évaluables</translation>
    </message>
    <message>
        <source>%1 has no blocking PCCP rule that could not be evaluated; there is nothing to justify</source>
        <translation>%1 n’a aucune règle PCCP bloquante non évaluable ; il n’y a rien à justifier</translation>
    </message>
    <message>
        <source>a QA officer has justified %1 already</source>
        <translation>un responsable qualité a déjà justifié %1</translation>
    </message>
    <message>
        <source>implement change request %1</source>
        <translation>mettre en œuvre la demande de modification %1</translation>
    </message>
    <message>
        <source>%1 was opened against %2 in production, but %3 is in production now; open a new request against it</source>
        <translation>%1 a été ouverte contre %2 en production, mais %3 est en production maintenant ; ouvrez une nouvelle demande contre elle</translation>
    </message>
    <message>
        <source>no version</source>
        <translation>aucune version</translation>
    </message>
    <message>
        <source>version %1</source>
        <translation>version %1</translation>
    </message>
    <message>
        <source>model %1 has no version %2 in this workspace</source>
        <translation>le modèle %1 n’a pas de version %2 dans cet espace de travail</translation>
    </message>
    <message>
        <source>version %1 of %2 is %3 and cannot go into production</source>
        <translation>la version %1 de %2 est %3 et ne peut pas passer en production</translation>
    </message>
    <message>
        <source>roll back change request %1 in an emergency</source>
        <translation>annuler en urgence la demande de modification %1</translation>
    </message>
    <message>
        <source>%1 names no version to return to (it was a first release); retire version %2 instead</source>
        <translation>%1 ne nomme aucune version à laquelle revenir (c’était une première mise en production) ; retirez plutôt la version %2</translation>
    </message>
    <message>
        <source>version %1 of %2, which %3 released, is no longer in production</source>
        <translation>la version %1 de %2, mise en production par %3, n’est plus en production</translation>
    </message>
    <message>
        <source>emergency rollback of change request %1: %2</source>
        <translation>retour arrière d’urgence de la demande de modification %1 : %2</translation>
    </message>
    <message>
        <source>review the emergency rollback of change request %1</source>
        <translation>revoir le retour arrière d’urgence de la demande de modification %1</translation>
    </message>
</context>
<context>
    <name>cs::ChangeRequestState</name>
    <message>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Soumise</translation>
    </message>
    <message>
        <source>Evaluated</source>
        <translation>Évaluée</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approuvée</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejetée</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Renvoyée</translation>
    </message>
    <message>
        <source>Implemented</source>
        <translation>Mise en œuvre</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Rolled back</source>
        <translation>Annulée par retour arrière</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Retirée</translation>
    </message>
</context>
<context>
    <name>cs::ChangeRequestSteps</name>
    <message>
        <source>there is no change request %1 in this workspace</source>
        <translation>il n’y a pas de demande de modification %1 dans cet espace de travail</translation>
    </message>
    <message>
        <source>model %1 has no version %2 in this workspace</source>
        <translation>le modèle %1 n’a pas de version %2 dans cet espace de travail</translation>
    </message>
</context>
<context>
    <name>cs::ChangeRequestTable</name>
    <message>
        <source>numbering change requests</source>
        <translation>numérotation des demandes de modification</translation>
    </message>
    <message>
        <source>opening change request %1</source>
        <translation>ouverture de la demande de modification %1</translation>
    </message>
    <message>
        <source>recording revision %1 of %2</source>
        <translation>enregistrement de la révision %1 de %2</translation>
    </message>
    <message>
        <source>changing the draft of %1</source>
        <translation>modification du brouillon de %1</translation>
    </message>
    <message>
        <source>locking a change request&apos;s plan</source>
        <translation>verrouillage du plan d’une demande de modification</translation>
    </message>
    <message>
        <source>recording a move of %1</source>
        <translation>enregistrement d’une étape de %1</translation>
    </message>
    <message>
        <source>reading a change request</source>
        <translation>lecture d’une demande de modification</translation>
    </message>
    <message>
        <source>listing change requests</source>
        <translation>liste des demandes de modification</translation>
    </message>
    <message>
        <source>reading the history of %1</source>
        <translation>lecture de l’historique de %1</translation>
    </message>
    <message>
        <source>freezing the evidence of %1</source>
        <translation>gel des preuves de %1</translation>
    </message>
    <message>
        <source>reading the evidence of %1</source>
        <translation>lecture des preuves de %1</translation>
    </message>
</context>
<context>
    <name>cs::ChangeSettingCommand</name>
    <message>
        <source>change setting %1</source>
        <translation>modifier le paramètre %1</translation>
    </message>
    <message>
        <source>there is no setting called %1</source>
        <translation>il n’existe pas de paramètre nommé %1</translation>
    </message>
    <message>
        <source>setting %1 is already %2; nothing to change</source>
        <translation>le paramètre %1 vaut déjà %2 ; rien à modifier</translation>
    </message>
</context>
<context>
    <name>cs::ChangeTrigger</name>
    <message>
        <source>Drift alert</source>
        <translation>Alerte de dérive</translation>
    </message>
    <message>
        <source>Performance review</source>
        <translation>Revue de performance</translation>
    </message>
    <message>
        <source>Scheduled re-training</source>
        <translation>Réentraînement planifié</translation>
    </message>
    <message>
        <source>Problem report</source>
        <translation>Signalement de problème</translation>
    </message>
    <message>
        <source>New data</source>
        <translation>Nouvelles données</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
</context>
<context>
    <name>cs::Checkpoint</name>
    <message>
        <source>%1: not a Countersign checkpoint (%2)</source>
        <translation>%1 : pas un point de contrôle Countersign (%2)</translation>
    </message>
    <message>
        <source>expected origin, size, root hash, chain-head and signed-at lines</source>
        <translation>lignes attendues : origine, taille, hachage racine, tête de chaîne et date de signature</translation>
    </message>
    <message>
        <source>bad tree size &quot;%1&quot;</source>
        <translation>taille d’arbre « %1 » invalide</translation>
    </message>
    <message>
        <source>bad root hash</source>
        <translation>hachage racine invalide</translation>
    </message>
    <message>
        <source>line %1 repeats an earlier line&apos;s field</source>
        <translation>la ligne %1 répète le champ d’une ligne précédente</translation>
    </message>
    <message>
        <source>bad chain-head line</source>
        <translation>ligne de tête de chaîne invalide</translation>
    </message>
    <message>
        <source>bad signed-at line</source>
        <translation>ligne de date de signature invalide</translation>
    </message>
    <message>
        <source>no chain-head line</source>
        <translation>pas de ligne de tête de chaîne</translation>
    </message>
</context>
<context>
    <name>cs::ChunkWriters</name>
    <message>
        <source>storing scores</source>
        <translation>enregistrement des scores</translation>
    </message>
    <message>
        <source>storing features</source>
        <translation>enregistrement des variables</translation>
    </message>
    <message>
        <source>storing labels</source>
        <translation>enregistrement des étiquettes</translation>
    </message>
    <message>
        <source>dataset %1 has %2 labels; at most %3 can be stored</source>
        <translation>le jeu de données %1 a %2 étiquettes ; au plus %3 peuvent être enregistrées</translation>
    </message>
    <message>
        <source>dataset %1: the sample at row %2 has a row number or label outside the dataset</source>
        <translation>jeu de données %1 : l’échantillon de la ligne %2 a un numéro de ligne ou une étiquette hors du jeu de données</translation>
    </message>
    <message>
        <source>storing subgroups</source>
        <translation>enregistrement des sous-groupes</translation>
    </message>
    <message>
        <source>dataset %1: the sample at row %2 has a row number outside the dataset</source>
        <translation>jeu de données %1 : l’échantillon de la ligne %2 a un numéro de ligne hors du jeu de données</translation>
    </message>
</context>
<context>
    <name>cs::Cms</name>
    <message>
        <source>encoding a signed attribute failed: %1</source>
        <translation>l’encodage d’un attribut signé a échoué : %1</translation>
    </message>
    <message>
        <source>signing the attributes failed: %1</source>
        <translation>la signature des attributs a échoué : %1</translation>
    </message>
    <message>
        <source>creating the CMS signature failed: %1</source>
        <translation>la création de la signature CMS a échoué : %1</translation>
    </message>
    <message>
        <source>adding the signer failed: %1</source>
        <translation>l’ajout du signataire a échoué : %1</translation>
    </message>
    <message>
        <source>adding a chain certificate failed: %1</source>
        <translation>l’ajout d’un certificat de chaîne a échoué : %1</translation>
    </message>
    <message>
        <source>signing failed: the content could not be read</source>
        <translation>échec de la signature : le contenu n’a pas pu être lu</translation>
    </message>
    <message>
        <source>signing failed: %1</source>
        <translation>échec de la signature : %1</translation>
    </message>
    <message>
        <source>encoding the CMS signature failed: %1</source>
        <translation>l’encodage de la signature CMS a échoué : %1</translation>
    </message>
    <message>
        <source>creating the content reader failed: %1</source>
        <translation>la création du lecteur de contenu a échoué : %1</translation>
    </message>
    <message>
        <source>the stored CMS signature cannot be decoded</source>
        <translation>la signature CMS enregistrée ne peut pas être décodée</translation>
    </message>
    <message>
        <source>the CMS signature has %1 signers, not one</source>
        <translation>la signature CMS a %1 signataires, et non un seul</translation>
    </message>
    <message>
        <source>the CMS signature was not made with the stored signer certificate</source>
        <translation>la signature CMS n’a pas été faite avec le certificat du signataire enregistré</translation>
    </message>
    <message>
        <source>the CMS signature lacks the signing-certificate-v2 attribute</source>
        <translation>il manque à la signature CMS l’attribut signing-certificate-v2</translation>
    </message>
    <message>
        <source>the CMS signature does not match the signed manifest (%1): the manifest or the signature was altered</source>
        <translation>la signature CMS ne correspond pas au manifeste signé (%1) : le manifeste ou la signature a été modifié</translation>
    </message>
    <message>
        <source>the CMS signature cannot be decoded</source>
        <translation>la signature CMS ne peut pas être décodée</translation>
    </message>
    <message>
        <source>the CMS signature does not carry its signer&apos;s certificate</source>
        <translation>la signature CMS ne contient pas le certificat de son signataire</translation>
    </message>
    <message>
        <source>the signed bytes do not match the signature: the file was changed after it was signed (OpenSSL: %1)</source>
        <translation>les octets signés ne correspondent pas à la signature : le fichier a été modifié après sa signature (OpenSSL : %1)</translation>
    </message>
    <message>
        <source>the signer&apos;s certificate is not accepted against the trusted CAs at the signing time (%1)</source>
        <translation>le certificat du signataire n’est pas accepté par les AC de confiance à la date de signature (%1)</translation>
    </message>
</context>
<context>
    <name>cs::CommandContext</name>
    <message>
        <source>cancelled; nothing was stored</source>
        <translation>annulé ; rien n’a été enregistré</translation>
    </message>
</context>
<context>
    <name>cs::CreateCheckpointCommand</name>
    <message>
        <source>write an audit-trail checkpoint</source>
        <translation>écrire un point de contrôle de la piste d’audit</translation>
    </message>
    <message>
        <source>no checkpoint written: %1. A checkpoint must not certify a damaged trail.</source>
        <translation>aucun point de contrôle écrit : %1. Un point de contrôle ne doit pas certifier une piste endommagée.</translation>
    </message>
</context>
<context>
    <name>cs::CsvReader</name>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 n’existe pas</translation>
    </message>
    <message>
        <source>%1 is not a file</source>
        <translation>%1 n’est pas un fichier</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 ne peut pas être lu : %2</translation>
    </message>
    <message>
        <source>%1 is UTF-16 text; Countersign reads UTF-8: save it as &quot;CSV UTF-8&quot; and try again</source>
        <translation>%1 est un texte UTF-16 ; Countersign lit l’UTF-8 : enregistrez-le en « CSV UTF-8 » et réessayez</translation>
    </message>
    <message>
        <source>%1, line %2: %3</source>
        <translation>%1, ligne %2 : %3</translation>
    </message>
    <message>
        <source>%1 is empty: it needs a header row</source>
        <translation>%1 est vide : il faut une ligne d’en-tête</translation>
    </message>
    <message>
        <source>%1, header: the column &quot;%2&quot; appears twice</source>
        <translation>%1, en-tête : la colonne « %2 » apparaît deux fois</translation>
    </message>
    <message>
        <source>the row has %1 fields, the header has %2</source>
        <translation>la ligne a %1 champs, l’en-tête en a %2</translation>
    </message>
    <message>
        <source>%1 has a header but no rows</source>
        <translation>%1 a un en-tête mais aucune ligne</translation>
    </message>
    <message>
        <source>a blank line inside the file (every row must have the header&apos;s fields)</source>
        <translation>une ligne vide dans le fichier (chaque ligne doit avoir les champs de l’en-tête)</translation>
    </message>
    <message>
        <source>field %1 holds a NUL byte: this is not a UTF-8 text file (binary, or UTF-16?)</source>
        <translation>le champ %1 contient un octet NUL : ce n’est pas un fichier texte UTF-8 (binaire ou UTF-16 ?)</translation>
    </message>
    <message>
        <source>a quoted field opened on this line is never closed</source>
        <translation>un champ entre guillemets ouvert sur cette ligne n’est jamais fermé</translation>
    </message>
    <message>
        <source>the record starting on this line is longer than %1 MiB; this is not a file of one row per sample</source>
        <translation>l’enregistrement commençant sur cette ligne dépasse %1 Mio ; ce n’est pas un fichier d’une ligne par échantillon</translation>
    </message>
    <message>
        <source>a double quote inside an unquoted field (field %1); RFC 4180 wants the whole field in quotes and the quote doubled</source>
        <translation>un guillemet dans un champ sans guillemets (champ %1) ; la RFC 4180 demande le champ entier entre guillemets et le guillemet doublé</translation>
    </message>
    <message>
        <source>text after the closing quote of field %1; a quoted field must end at a comma or the end of the line</source>
        <translation>du texte après le guillemet fermant du champ %1 ; un champ entre guillemets doit se terminer par une virgule ou la fin de ligne</translation>
    </message>
</context>
<context>
    <name>cs::Database</name>
    <message>
        <source>%1: %2 failed because another program is writing to the workspace; close it there and try again</source>
        <translation>%1 : %2 a échoué car un autre programme écrit dans l’espace de travail ; fermez-le là-bas et réessayez</translation>
    </message>
    <message>
        <source>%1: %2 failed because the workspace is read-only</source>
        <translation>%1 : %2 a échoué car l’espace de travail est en lecture seule</translation>
    </message>
    <message>
        <source>%1: %2 failed because the file is damaged (%3)</source>
        <translation>%1 : %2 a échoué car le fichier est endommagé (%3)</translation>
    </message>
    <message>
        <source>%1: %2 failed because the disk is full</source>
        <translation>%1 : %2 a échoué car le disque est plein</translation>
    </message>
    <message>
        <source>%1: %2 failed with an I/O error (%3)</source>
        <translation>%1 : %2 a échoué sur une erreur d’E/S (%3)</translation>
    </message>
    <message>
        <source>%1: %2 was refused by the workspace (%3)</source>
        <translation>%1 : %2 a été refusé par l’espace de travail (%3)</translation>
    </message>
    <message>
        <source>%1: %2 failed (%3)</source>
        <translation>%1 : %2 a échoué (%3)</translation>
    </message>
    <message>
        <source>%1: %2 collided with a change another person made at the same moment; try again</source>
        <translation>%1 : %2 est entré en conflit avec une modification faite au même moment par une autre personne ; réessayez</translation>
    </message>
    <message>
        <source>%1: %2 was refused by the server: the role Countersign connects as may not do it (%3)</source>
        <translation>%1 : %2 a été refusé par le serveur : le rôle sous lequel Countersign se connecte n’en a pas le droit (%3)</translation>
    </message>
    <message>
        <source>%1: %2 failed because the connection to the server was lost (%3); nothing of it was saved. Reconnect and try again</source>
        <translation>%1 : %2 a échoué car la connexion au serveur a été perdue (%3) ; rien n’en a été enregistré. Reconnectez-vous et réessayez</translation>
    </message>
    <message>
        <source>%1: %2 failed because the server is out of resources (%3)</source>
        <translation>%1 : %2 a échoué car le serveur manque de ressources (%3)</translation>
    </message>
    <message>
        <source>%1: %2 failed because the server is read-only</source>
        <translation>%1 : %2 a échoué car le serveur est en lecture seule</translation>
    </message>
    <message>
        <source>reading the schema</source>
        <translation>lecture du schéma</translation>
    </message>
    <message>
        <source>reading the columns of %1</source>
        <translation>lecture des colonnes de %1</translation>
    </message>
    <message>
        <source>preparing a query</source>
        <translation>préparation d’une requête</translation>
    </message>
    <message>
        <source>%1 is open read-only; nothing can be changed</source>
        <translation>%1 est ouvert en lecture seule ; rien ne peut être modifié</translation>
    </message>
    <message>
        <source>a write transaction is already open</source>
        <translation>une transaction d’écriture est déjà ouverte</translation>
    </message>
    <message>
        <source>starting a change</source>
        <translation>début d’une modification</translation>
    </message>
    <message>
        <source>waiting for other changes to finish</source>
        <translation>attente de la fin d’autres modifications</translation>
    </message>
    <message>
        <source>saving the change</source>
        <translation>enregistrement de la modification</translation>
    </message>
    <message>
        <source>starting to read</source>
        <translation>début de la lecture</translation>
    </message>
</context>
<context>
    <name>cs::DatasetRole</name>
    <message>
        <source>Validation set</source>
        <translation>Jeu de validation</translation>
    </message>
    <message>
        <source>Challenge set</source>
        <translation>Jeu de mise à l’épreuve</translation>
    </message>
    <message>
        <source>Drift reference</source>
        <translation>Référence de dérive</translation>
    </message>
    <message>
        <source>Production window</source>
        <translation>Fenêtre de production</translation>
    </message>
</context>
<context>
    <name>cs::DatasetTables</name>
    <message>
        <source>adding dataset %1</source>
        <translation>ajout du jeu de données %1</translation>
    </message>
    <message>
        <source>reading dataset %1</source>
        <translation>lecture du jeu de données %1</translation>
    </message>
    <message>
        <source>reading a dataset</source>
        <translation>lecture d’un jeu de données</translation>
    </message>
    <message>
        <source>reading datasets</source>
        <translation>lecture des jeux de données</translation>
    </message>
    <message>
        <source>recording file %1</source>
        <translation>enregistrement du fichier %1</translation>
    </message>
    <message>
        <source>reading dataset files</source>
        <translation>lecture des fichiers de jeux de données</translation>
    </message>
    <message>
        <source>recording a prediction set</source>
        <translation>enregistrement d’un ensemble de prédictions</translation>
    </message>
    <message>
        <source>reading a prediction set</source>
        <translation>lecture d’un ensemble de prédictions</translation>
    </message>
    <message>
        <source>reading prediction sets</source>
        <translation>lecture des ensembles de prédictions</translation>
    </message>
    <message>
        <source>numbering a new row of %1</source>
        <translation>numérotation d’une nouvelle ligne de %1</translation>
    </message>
    <message>
        <source>reading the samples of a dataset</source>
        <translation>lecture des échantillons d’un jeu de données</translation>
    </message>
    <message>
        <source>reading the labels of a dataset</source>
        <translation>lecture des étiquettes d’un jeu de données</translation>
    </message>
    <message>
        <source>%1: dataset %2 has a damaged label chunk at row %3</source>
        <translation>%1 : le jeu de données %2 a un bloc d’étiquettes endommagé à la ligne %3</translation>
    </message>
    <message>
        <source>reading prediction scores</source>
        <translation>lecture des scores de prédiction</translation>
    </message>
    <message>
        <source>%1: prediction set %2 has a damaged score chunk at row %3</source>
        <translation>%1 : l’ensemble de prédictions %2 a un bloc de scores endommagé à la ligne %3</translation>
    </message>
    <message>
        <source>reading the subgroups of a dataset</source>
        <translation>lecture des sous-groupes d’un jeu de données</translation>
    </message>
    <message>
        <source>%1: dataset %2 has a damaged subgroup chunk at row %3</source>
        <translation>%1 : le jeu de données %2 a un bloc de sous-groupes endommagé à la ligne %3</translation>
    </message>
</context>
<context>
    <name>cs::DemoSources</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d’écrire %1 : %2</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 a échoué : %2</translation>
    </message>
    <message>
        <source>opening the git index</source>
        <translation>ouverture de l’index git</translation>
    </message>
    <message>
        <source>staging the demo training code</source>
        <translation>indexation du code d’entraînement de démonstration</translation>
    </message>
    <message>
        <source>signing the demo commit</source>
        <translation>signature du commit de démonstration</translation>
    </message>
    <message>
        <source>reading the previous demo commit</source>
        <translation>lecture du commit de démonstration précédent</translation>
    </message>
    <message>
        <source>committing the demo training code</source>
        <translation>commit du code d’entraînement de démonstration</translation>
    </message>
    <message>
        <source>%1 already exists; move it away first</source>
        <translation>%1 existe déjà ; déplacez-le d’abord</translation>
    </message>
    <message>
        <source>creating the demo git repository</source>
        <translation>création du dépôt git de démonstration</translation>
    </message>
</context>
<context>
    <name>cs::DeploymentGate</name>
    <message>
        <source>the audit trail does not verify: %1</source>
        <translation>la piste d’audit ne se vérifie pas : %1</translation>
    </message>
    <message>
        <source>there is no model %1 in this workspace</source>
        <translation>il n’y a pas de modèle %1 dans cet espace de travail</translation>
    </message>
    <message>
        <source>no version of %1 is in production</source>
        <translation>aucune version de %1 n’est en production</translation>
    </message>
    <message>
        <source>version %1 of %2 is not in production (version %3 is)</source>
        <translation>la version %1 de %2 n’est pas en production (la version %3 l’est)</translation>
    </message>
    <message>
        <source>version %1 of %2 is in production, but not through an implemented change request</source>
        <translation>la version %1 de %2 est en production, mais pas par une demande de modification mise en œuvre</translation>
    </message>
    <message>
        <source>signature %1 (%2 by %3) of %4 does not verify: %5</source>
        <translation>la signature %1 (%2 par %3) de %4 ne se vérifie pas : %5</translation>
    </message>
    <message>
        <source>%1 by %2 (signature %3)</source>
        <translation>%1 par %2 (signature %3)</translation>
    </message>
    <message>
        <source>%1 has no %2 signature</source>
        <translation>%1 n’a pas de signature %2</translation>
    </message>
    <message>
        <source>the file with SHA-256 %1 is not one of version %2&apos;s frozen artifacts</source>
        <translation>le fichier de SHA-256 %1 n’est pas l’un des artefacts gelés de la version %2</translation>
    </message>
    <message>
        <source>version %1 of %2 is in production through %3, signed and verified</source>
        <translation>la version %1 de %2 est en production par %3, signée et vérifiée</translation>
    </message>
    <message>
        <source>version %1 of %2 is in production through %3, signed and verified; the file is its artifact %4</source>
        <translation>la version %1 de %2 est en production par %3, signée et vérifiée ; le fichier est son artefact %4</translation>
    </message>
</context>
<context>
    <name>cs::DriftCommands</name>
    <message>
        <source>there is no drift alert %1</source>
        <translation>il n’y a pas d’alerte de dérive %1</translation>
    </message>
    <message>
        <source>drift alert %1 was already acted on: change request %2 was opened from it</source>
        <translation>l’alerte de dérive %1 a déjà été traitée : la demande de modification %2 en est issue</translation>
    </message>
    <message>
        <source>drift alert %1 was already acknowledged by %2</source>
        <translation>l’alerte de dérive %1 a déjà été prise en compte par %2</translation>
    </message>
    <message>
        <source>run drift monitoring on %1 against %2</source>
        <translation>lancer la surveillance de dérive de %1 contre %2</translation>
    </message>
    <message>
        <source>acknowledge drift alert DA-%1</source>
        <translation>prendre en compte l’alerte de dérive DA-%1</translation>
    </message>
    <message>
        <source>give the reason drift alert DA-%1 needs no change now</source>
        <translation>indiquez pourquoi l’alerte de dérive DA-%1 ne nécessite pas de modification maintenant</translation>
    </message>
    <message>
        <source>the reason holds the control character %1; refused</source>
        <translation>la raison contient le caractère de contrôle %1 ; refusée</translation>
    </message>
    <message>
        <source>a change request triggered by a drift alert names the alert (DA-N) as its trigger reference, not &quot;%1&quot;</source>
        <translation>une demande de modification déclenchée par une alerte de dérive nomme l’alerte (DA-N) comme référence de déclencheur, et non « %1 »</translation>
    </message>
    <message>
        <source>drift alert %1 is about model %2, not %3</source>
        <translation>l’alerte de dérive %1 concerne le modèle %2, et non %3</translation>
    </message>
</context>
<context>
    <name>cs::DriftMonitor</name>
    <message>
        <source>there is no dataset %1 in the workspace (the %2)</source>
        <translation>il n’y a pas de jeu de données %1 dans l’espace de travail (la %2)</translation>
    </message>
    <message>
        <source>dataset %1 has no features; import its file with --feature COLUMN for each feature to monitor</source>
        <translation>le jeu de données %1 n’a pas de variables ; importez son fichier avec --feature COLONNE pour chaque variable à surveiller</translation>
    </message>
    <message>
        <source>the run has no PSI of feature %1</source>
        <translation>l’analyse n’a pas de PSI pour la variable %1</translation>
    </message>
    <message>
        <source>PCCP %1 monitoring rule %2 (%3) failed: %4 is %5</source>
        <translation>PCCP %1, règle de surveillance %2 (%3) en échec : %4 vaut %5</translation>
    </message>
    <message>
        <source>window %1 has no feature %2, which the reference %3 has</source>
        <translation>la fenêtre %1 n’a pas la variable %2 que la référence %3 possède</translation>
    </message>
    <message>
        <source>feature %1 is %2 in %3 but %4 in %5; a feature is compared only as one type</source>
        <translation>la variable %1 est %2 dans %3 mais %4 dans %5 ; une variable n’est comparée que sous un seul type</translation>
    </message>
    <message>
        <source>numeric</source>
        <translation>numérique</translation>
    </message>
    <message>
        <source>categorical</source>
        <translation>catégorielle</translation>
    </message>
    <message>
        <source>model %1 has no version in production; name the version whose scores to compare</source>
        <translation>le modèle %1 n’a pas de version en production ; nommez la version dont comparer les scores</translation>
    </message>
    <message>
        <source>model %1 has no version %2 in this workspace</source>
        <translation>le modèle %1 n’a pas de version %2 dans cet espace de travail</translation>
    </message>
    <message>
        <source>PSI takes 2 to 1000 bins, not %1</source>
        <translation>le PSI prend de 2 à 1000 classes, et non %1</translation>
    </message>
    <message>
        <source>the drifted-share threshold must be above 0 and at most 1, not %1</source>
        <translation>le seuil de part dérivée doit être supérieur à 0 et au plus 1, et non %1</translation>
    </message>
    <message>
        <source>window</source>
        <translation>fenêtre</translation>
    </message>
    <message>
        <source>reference</source>
        <translation>référence</translation>
    </message>
    <message>
        <source>dataset %1 is a %2; a drift run&apos;s window is a production window</source>
        <translation>le jeu de données %1 est un %2 ; la fenêtre d’une analyse de dérive est une fenêtre de production</translation>
    </message>
    <message>
        <source>dataset %1 is a production window; the reference is a drift reference or a validation or challenge set</source>
        <translation>le jeu de données %1 est une fenêtre de production ; la référence est une référence de dérive ou un jeu de validation ou de mise à l’épreuve</translation>
    </message>
    <message>
        <source>feature %1 drifted: %2 test, Holm-adjusted p = %3 &lt; %4, PSI %5</source>
        <translation>variable %1 en dérive : test %2, p ajusté de Holm = %3 &lt; %4, PSI %5</translation>
    </message>
    <message>
        <source>feature %1 drifted: %2 distance %3 &gt;= %4, PSI %5</source>
        <translation>variable %1 en dérive : distance %2 %3 &gt;= %4, PSI %5</translation>
    </message>
    <message>
        <source>%1 of %2 features drifted (share %3 &gt;= %4)</source>
        <translation>%1 variables sur %2 en dérive (part %3 &gt;= %4)</translation>
    </message>
    <message>
        <source>the scores of version %1 drifted: %2 score %3 (threshold %4), PSI %5</source>
        <translation>les scores de la version %1 ont dérivé : score %2 %3 (seuil %4), PSI %5</translation>
    </message>
</context>
<context>
    <name>cs::DriftTables</name>
    <message>
        <source>storing feature %1</source>
        <translation>enregistrement de la variable %1</translation>
    </message>
    <message>
        <source>reading a dataset&apos;s features</source>
        <translation>lecture des variables d’un jeu de données</translation>
    </message>
    <message>
        <source>counting dataset features</source>
        <translation>comptage des variables d’un jeu de données</translation>
    </message>
    <message>
        <source>reading feature values</source>
        <translation>lecture des valeurs de variables</translation>
    </message>
    <message>
        <source>%1: feature %2 has a damaged value chunk at row %3</source>
        <translation>%1 : la variable %2 a un bloc de valeurs endommagé à la ligne %3</translation>
    </message>
    <message>
        <source>storing the drift run of %1</source>
        <translation>enregistrement de l’analyse de dérive de %1</translation>
    </message>
    <message>
        <source>storing a drift alert</source>
        <translation>enregistrement d’une alerte de dérive</translation>
    </message>
    <message>
        <source>storing a decision on alert DA-%1</source>
        <translation>enregistrement d’une décision sur l’alerte DA-%1</translation>
    </message>
    <message>
        <source>reading drift runs</source>
        <translation>lecture des analyses de dérive</translation>
    </message>
    <message>
        <source>reading drift alerts</source>
        <translation>lecture des alertes de dérive</translation>
    </message>
    <message>
        <source>reading decisions on drift alerts</source>
        <translation>lecture des décisions sur les alertes de dérive</translation>
    </message>
</context>
<context>
    <name>cs::DvcLock</name>
    <message>
        <source>%1 is not a list</source>
        <translation>%1 n’est pas une liste</translation>
    </message>
    <message>
        <source>%1 is not a mapping</source>
        <translation>%1 n’est pas un dictionnaire</translation>
    </message>
    <message>
        <source>%1 has no path</source>
        <translation>%1 n’a pas de chemin</translation>
    </message>
    <message>
        <source>%1: the path &quot;%2&quot; leaves the repository (absolute, a URL, from ~ or with &quot;..&quot;); refused</source>
        <translation>%1 : le chemin « %2 » sort du dépôt (absolu, une URL, depuis ~ ou avec « .. ») ; refusé</translation>
    </message>
    <message>
        <source>%1 (%2) has no md5 or other hash</source>
        <translation>%1 (%2) n’a pas de md5 ni d’autre hachage</translation>
    </message>
    <message>
        <source>%1 (%2): size and nfiles must be whole numbers, 0 or more</source>
        <translation>%1 (%2) : size et nfiles doivent être des nombres entiers, 0 ou plus</translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 n’existe pas</translation>
    </message>
    <message>
        <source>%1 is larger than 5 MB; it is not a dvc.lock</source>
        <translation>%1 dépasse 5 Mo ; ce n’est pas un dvc.lock</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>%1: expected a mapping with schema and stages</source>
        <translation>%1 : un dictionnaire avec schema et stages est attendu</translation>
    </message>
    <message>
        <source>%1: unknown dvc.lock schema &quot;%2&quot;; Countersign reads schema 2.0 (DVC 2 and 3)</source>
        <translation>%1 : schéma dvc.lock « %2 » inconnu ; Countersign lit le schéma 2.0 (DVC 2 et 3)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>%1: has no stages mapping</source>
        <translation>%1 : pas de dictionnaire stages</translation>
    </message>
    <message>
        <source>%1 has no cmd</source>
        <translation>%1 n’a pas de cmd</translation>
    </message>
</context>
<context>
    <name>cs::Ed25519Key</name>
    <message>
        <source>unknown OpenSSL error</source>
        <translation>erreur OpenSSL inconnue</translation>
    </message>
    <message>
        <source>an Ed25519 public key has 32 bytes, not %1</source>
        <translation>une clé publique Ed25519 fait 32 octets, et non %1</translation>
    </message>
    <message>
        <source>cannot generate an Ed25519 key: %1</source>
        <translation>impossible de générer une clé Ed25519 : %1</translation>
    </message>
    <message>
        <source>an Ed25519 seed has 32 bytes, not %1</source>
        <translation>une graine Ed25519 fait 32 octets, et non %1</translation>
    </message>
    <message>
        <source>cannot load the Ed25519 seed: %1</source>
        <translation>impossible de charger la graine Ed25519 : %1</translation>
    </message>
    <message>
        <source>%1 does not hold a PEM private key: %2</source>
        <translation>%1 ne contient pas de clé privée PEM : %2</translation>
    </message>
    <message>
        <source>%1 holds a private key that is not Ed25519</source>
        <translation>%1 contient une clé privée qui n’est pas Ed25519</translation>
    </message>
</context>
<context>
    <name>cs::EvidenceCheck</name>
    <message>
        <source>model version %1, imported by event %2, is no longer in the workspace</source>
        <translation>la version de modèle %1, importée par l’événement %2, n’est plus dans l’espace de travail</translation>
    </message>
    <message>
        <source>the evidence of model version %1 no longer matches the digest recorded by event %2</source>
        <translation>les preuves de la version de modèle %1 ne correspondent plus à l’empreinte enregistrée par l’événement %2</translation>
    </message>
    <message>
        <source>verification cancelled</source>
        <translation>vérification annulée</translation>
    </message>
    <message>
        <source>dataset %1 has a file that no audit event recorded</source>
        <translation>le jeu de données %1 a un fichier qu’aucun événement d’audit n’a enregistré</translation>
    </message>
    <message>
        <source>the record of %1 in dataset %2 says it added %3 samples; event %4 recorded %5</source>
        <translation>l’enregistrement de %1 dans le jeu de données %2 indique %3 échantillons ajoutés ; l’événement %4 en a enregistré %5</translation>
    </message>
    <message>
        <source>the samples of dataset %1 added from %2 no longer match what event %3 recorded (%4 samples now, %5 then)</source>
        <translation>les échantillons du jeu de données %1 ajoutés depuis %2 ne correspondent plus à ce que l’événement %3 a enregistré (%4 échantillons maintenant, %5 alors)</translation>
    </message>
    <message>
        <source>dataset %1 has a sample at row %2 with a row number or label outside its %3 recorded samples and its labels</source>
        <translation>le jeu de données %1 a à la ligne %2 un échantillon dont le numéro de ligne ou l’étiquette sort de ses %3 échantillons enregistrés et de ses étiquettes</translation>
    </message>
    <message>
        <source>the labels kept for the statistics of dataset %1 differ from its samples at row %2</source>
        <translation>les étiquettes conservées pour les statistiques du jeu de données %1 diffèrent de ses échantillons à la ligne %2</translation>
    </message>
    <message>
        <source>the predictions %1 recorded by event %2 are no longer in the workspace</source>
        <translation>les prédictions %1 enregistrées par l’événement %2 ne sont plus dans l’espace de travail</translation>
    </message>
    <message>
        <source>the scores of %1 no longer match the digest recorded by event %2</source>
        <translation>les scores de %1 ne correspondent plus à l’empreinte enregistrée par l’événement %2</translation>
    </message>
    <message>
        <source>feature %1 of dataset %2, recorded by event %3, is no longer in the workspace</source>
        <translation>la variable %1 du jeu de données %2, enregistrée par l’événement %3, n’est plus dans l’espace de travail</translation>
    </message>
    <message>
        <source>the values of feature %1 of dataset %2 no longer match the digest recorded by event %3</source>
        <translation>les valeurs de la variable %1 du jeu de données %2 ne correspondent plus à l’empreinte enregistrée par l’événement %3</translation>
    </message>
    <message>
        <source>%1 dataset feature(s) were recorded by no audit event</source>
        <translation>%1 variable(s) de jeu de données n’ont été enregistrées par aucun événement d’audit</translation>
    </message>
    <message>
        <source>the subgroups kept for the statistics of dataset %1 differ from its samples at row %2</source>
        <translation>les sous-groupes conservés pour les statistiques du jeu de données %1 diffèrent de ses échantillons à la ligne %2</translation>
    </message>
</context>
<context>
    <name>cs::EvidenceReader</name>
    <message>
        <source>reading model versions</source>
        <translation>lecture des versions de modèle</translation>
    </message>
    <message>
        <source>reading dataset files</source>
        <translation>lecture des fichiers de jeux de données</translation>
    </message>
    <message>
        <source>reading the samples of a dataset</source>
        <translation>lecture des échantillons d’un jeu de données</translation>
    </message>
    <message>
        <source>reading prediction sets</source>
        <translation>lecture des ensembles de prédictions</translation>
    </message>
    <message>
        <source>reading prediction scores</source>
        <translation>lecture des scores de prédiction</translation>
    </message>
</context>
<context>
    <name>cs::EvidenceTables</name>
    <message>
        <source> (%1 to %2)</source>
        <translation> (%1 à %2)</translation>
    </message>
    <message>
        <source>superior</source>
        <translation>supérieur</translation>
    </message>
    <message>
        <source>non-inferior</source>
        <translation>non inférieur</translation>
    </message>
    <message>
        <source>inferior</source>
        <translation>inférieur</translation>
    </message>
    <message>
        <source>inconclusive</source>
        <translation>non concluant</translation>
    </message>
    <message>
        <source>not evaluable</source>
        <translation>non évaluable</translation>
    </message>
    <message>
        <source>%1 (margin %2 points)</source>
        <translation>%1 (marge %2 points)</translation>
    </message>
    <message>
        <source>Sensitivity</source>
        <translation>Sensibilité</translation>
    </message>
    <message>
        <source>Specificity</source>
        <translation>Spécificité</translation>
    </message>
    <message>
        <source>Accuracy</source>
        <translation>Exactitude</translation>
    </message>
    <message>
        <source>PPV</source>
        <translation>VPP</translation>
    </message>
    <message>
        <source>NPV</source>
        <translation>VPN</translation>
    </message>
    <message>
        <source>Brier score</source>
        <translation>Score de Brier</translation>
    </message>
    <message>
        <source>Expected calibration error</source>
        <translation>Erreur de calibration attendue</translation>
    </message>
    <message>
        <source>AUC</source>
        <translation>AUC</translation>
    </message>
    <message>
        <source>Cleared v%1</source>
        <translation>Autorisée v%1</translation>
    </message>
    <message>
        <source>Baseline v%1</source>
        <translation>Référence v%1</translation>
    </message>
    <message>
        <source>Cleared</source>
        <translation>Autorisée</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Métrique</translation>
    </message>
    <message>
        <source>Version %1 (CI)</source>
        <translation>Version %1 (IC)</translation>
    </message>
    <message>
        <source>%1 (CI)</source>
        <translation>%1 (IC)</translation>
    </message>
    <message>
        <source>Candidate v%1 (CI)</source>
        <translation>Candidate v%1 (IC)</translation>
    </message>
    <message>
        <source>Difference, points (CI)</source>
        <translation>Différence, points (IC)</translation>
    </message>
    <message>
        <source>Paired test</source>
        <translation>Test apparié</translation>
    </message>
    <message>
        <source>p</source>
        <translation>p</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <source>DeLong</source>
        <translation>DeLong</translation>
    </message>
    <message>
        <source>McNemar, positives</source>
        <translation>McNemar, positifs</translation>
    </message>
    <message>
        <source>McNemar, negatives</source>
        <translation>McNemar, négatifs</translation>
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
        <translation>Étiquette</translation>
    </message>
    <message>
        <source>Flagged</source>
        <translation>Signalé</translation>
    </message>
    <message>
        <source>Not flagged</source>
        <translation>Non signalé</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Candidate v%1</source>
        <translation>Candidate v%1</translation>
    </message>
    <message>
        <source>Positive</source>
        <translation>Positif</translation>
    </message>
    <message>
        <source>%1 (TP)</source>
        <translation>%1 (VP)</translation>
    </message>
    <message>
        <source>%1 (FN)</source>
        <translation>%1 (FN)</translation>
    </message>
    <message>
        <source>Negative</source>
        <translation>Négatif</translation>
    </message>
    <message>
        <source>%1 (FP)</source>
        <translation>%1 (FP)</translation>
    </message>
    <message>
        <source>%1 (TN)</source>
        <translation>%1 (VN)</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Positives</source>
        <translation>Positifs</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Candidate %1</source>
        <translation>Candidate %1</translation>
    </message>
    <message>
        <source>not evaluable (too few positives)</source>
        <translation>non évaluable (trop peu de positifs)</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Règle</translation>
    </message>
    <message>
        <source>Acceptance criterion</source>
        <translation>Critère d’acceptation</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>Read at</source>
        <translation>Lu à</translation>
    </message>
</context>
<context>
    <name>cs::ExportCommands</name>
    <message>
        <source>export the %1 of %2 as %3</source>
        <translation>exporter le %1 de %2 en %3</translation>
    </message>
    <message>
        <source>the exported file cannot be read back: %1</source>
        <translation>le fichier exporté ne peut pas être relu : %1</translation>
    </message>
</context>
<context>
    <name>cs::FeatureImport</name>
    <message>
        <source>%1: there is no column &quot;%2&quot; for the feature of that name</source>
        <translation>%1 : il n’y a pas de colonne « %2 » pour la variable de ce nom</translation>
    </message>
    <message>
        <source>%1 changed while it was being imported; nothing was stored</source>
        <translation>%1 a changé pendant son import ; rien n’a été enregistré</translation>
    </message>
    <message>
        <source>the value is not UTF-8 text</source>
        <translation>la valeur n’est pas du texte UTF-8</translation>
    </message>
    <message>
        <source>the value looks like %1, a direct identifier; refused</source>
        <translation>la valeur ressemble à %1, un identifiant direct ; refusée</translation>
    </message>
    <message>
        <source>%1: feature %2 is named twice</source>
        <translation>%1 : la variable %2 est nommée deux fois</translation>
    </message>
    <message>
        <source>%1: column %2 is the sample ID, the label or a score, not a feature</source>
        <translation>%1 : la colonne %2 est l’identifiant d’échantillon, l’étiquette ou un score, pas une variable</translation>
    </message>
    <message>
        <source>%1: column &quot;%2&quot; looks like it holds %3, a direct identifier; it cannot be a feature</source>
        <translation>%1 : la colonne « %2 » semble contenir des %3, un identifiant direct ; elle ne peut pas être une variable</translation>
    </message>
    <message>
        <source>%1: feature %2 is not numeric and has more than %3 distinct values; a categorical feature takes at most %3</source>
        <translation>%1 : la variable %2 n’est pas numérique et a plus de %3 valeurs distinctes ; une variable catégorielle en a au plus %3</translation>
    </message>
</context>
<context>
    <name>cs::GitRepository</name>
    <message>
        <source>unknown libgit2 error</source>
        <translation>erreur libgit2 inconnue</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a commit</source>
        <translation>« %1 » n’est pas un commit</translation>
    </message>
    <message>
        <source>commit %1 is not in the repository (%2)</source>
        <translation>le commit %1 n’est pas dans le dépôt (%2)</translation>
    </message>
    <message>
        <source>%1 does not name a commit</source>
        <translation>%1 ne désigne pas un commit</translation>
    </message>
    <message>
        <source>%1 is not a folder</source>
        <translation>%1 n’est pas un dossier</translation>
    </message>
    <message>
        <source>%1 is not a git repository (%2)</source>
        <translation>%1 n’est pas un dépôt git (%2)</translation>
    </message>
    <message>
        <source>cannot compare %1 with %2: %3</source>
        <translation>impossible de comparer %1 avec %2 : %3</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a path inside the repository (absolute or with &quot;..&quot;)</source>
        <translation>« %1 » n’est pas un chemin dans le dépôt (absolu ou avec « .. »)</translation>
    </message>
    <message>
        <source>%1 does not exist at commit %2</source>
        <translation>%1 n’existe pas au commit %2</translation>
    </message>
    <message>
        <source>%1 is a folder at commit %2, not a file</source>
        <translation>%1 est un dossier au commit %2, pas un fichier</translation>
    </message>
    <message>
        <source>cannot read %1 at %2: %3</source>
        <translation>impossible de lire %1 à %2 : %3</translation>
    </message>
    <message>
        <source>%1 is larger than 16 MB; not a configuration file</source>
        <translation>%1 dépasse 16 Mo ; ce n’est pas un fichier de configuration</translation>
    </message>
    <message>
        <source>cannot compare the two versions of %1: %2</source>
        <translation>impossible de comparer les deux versions de %1 : %2</translation>
    </message>
    <message>
        <source>cannot print the diff of %1: %2</source>
        <translation>impossible d’afficher le diff de %1 : %2</translation>
    </message>
</context>
<context>
    <name>cs::GreatExpectations</name>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 n’existe pas</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 ne peut pas être lu : %2</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MiB; not a validation result</source>
        <translation>%1 dépasse %2 Mio ; ce n’est pas un résultat de validation</translation>
    </message>
    <message>
        <source>%1 is not JSON: %2 at byte %3</source>
        <translation>%1 n’est pas du JSON : %2 à l’octet %3</translation>
    </message>
    <message>
        <source>%1: a validation result is a JSON object</source>
        <translation>%1 : un résultat de validation est un objet JSON</translation>
    </message>
    <message>
        <source>%1: field &quot;%2&quot; is missing or not %3; is this a Great Expectations validation result?</source>
        <translation>%1 : le champ « %2 » manque ou n’est pas %3 ; est-ce un résultat de validation Great Expectations ?</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true ou false</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>une liste</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>un objet</translation>
    </message>
    <message>
        <source>a name</source>
        <translation>un nom</translation>
    </message>
</context>
<context>
    <name>cs::IdentifierScreen</name>
    <message>
        <source>names</source>
        <translation>noms</translation>
    </message>
    <message>
        <source>social security numbers</source>
        <translation>numéros de sécurité sociale</translation>
    </message>
    <message>
        <source>medical record numbers</source>
        <translation>numéros de dossier médical</translation>
    </message>
    <message>
        <source>dates of birth</source>
        <translation>dates de naissance</translation>
    </message>
    <message>
        <source>phone numbers</source>
        <translation>numéros de téléphone</translation>
    </message>
    <message>
        <source>e-mail addresses</source>
        <translation>adresses e-mail</translation>
    </message>
    <message>
        <source>postal addresses</source>
        <translation>adresses postales</translation>
    </message>
    <message>
        <source>dates of birth (a date as the sample ID)</source>
        <translation>dates de naissance (une date comme identifiant d’échantillon)</translation>
    </message>
</context>
<context>
    <name>cs::IdentityTables</name>
    <message>
        <source>adding user %1</source>
        <translation>ajout de l’utilisateur %1</translation>
    </message>
    <message>
        <source>updating user %1</source>
        <translation>mise à jour de l’utilisateur %1</translation>
    </message>
    <message>
        <source>there is no user %1</source>
        <translation>il n’y a pas d’utilisateur %1</translation>
    </message>
    <message>
        <source>reading user %1</source>
        <translation>lecture de l’utilisateur %1</translation>
    </message>
    <message>
        <source>there is no user &quot;%1&quot; in this workspace</source>
        <translation>il n’y a pas d’utilisateur « %1 » dans cet espace de travail</translation>
    </message>
    <message>
        <source>reading the user accounts</source>
        <translation>lecture des comptes utilisateur</translation>
    </message>
    <message>
        <source>counting user accounts</source>
        <translation>comptage des comptes utilisateur</translation>
    </message>
    <message>
        <source>enrolling a certificate for %1</source>
        <translation>enregistrement d’un certificat pour %1</translation>
    </message>
    <message>
        <source>reading the certificates of %1</source>
        <translation>lecture des certificats de %1</translation>
    </message>
    <message>
        <source>looking up a certificate</source>
        <translation>recherche d’un certificat</translation>
    </message>
    <message>
        <source>reading the enrolled certificates</source>
        <translation>lecture des certificats enregistrés</translation>
    </message>
    <message>
        <source>adding trusted CA %1</source>
        <translation>ajout de l’AC de confiance %1</translation>
    </message>
    <message>
        <source>reading the trust store</source>
        <translation>lecture du magasin de confiance</translation>
    </message>
    <message>
        <source>adding a revocation list</source>
        <translation>ajout d’une liste de révocation</translation>
    </message>
    <message>
        <source>reading the revocation lists</source>
        <translation>lecture des listes de révocation</translation>
    </message>
    <message>
        <source>storing the signature</source>
        <translation>enregistrement de la signature</translation>
    </message>
    <message>
        <source>reading the signatures</source>
        <translation>lecture des signatures</translation>
    </message>
    <message>
        <source>reading the signatures of %1 %2</source>
        <translation>lecture des signatures de %1 %2</translation>
    </message>
    <message>
        <source>reading signature %1</source>
        <translation>lecture de la signature %1</translation>
    </message>
    <message>
        <source>counting signatures</source>
        <translation>comptage des signatures</translation>
    </message>
</context>
<context>
    <name>cs::Libpq</name>
    <message>
        <source>team workspaces need the PostgreSQL client library, %1, which cannot be loaded (%2); install libpq5</source>
        <translation>les espaces de travail d’équipe ont besoin de la bibliothèque cliente PostgreSQL %1, qui ne peut pas être chargée (%2) ; installez libpq5</translation>
    </message>
    <message>
        <source>%1 has no function %2; install a libpq5 of PostgreSQL 10 or later</source>
        <translation>%1 n’a pas de fonction %2 ; installez une libpq5 de PostgreSQL 10 ou plus récent</translation>
    </message>
</context>
<context>
    <name>cs::Lifecycle</name>
    <message>
        <source>a version that is %1 cannot become %2; %3</source>
        <translation>une version à l’état %1 ne peut pas devenir %2 ; %3</translation>
    </message>
    <message>
        <source>it is final</source>
        <translation>cet état est définitif</translation>
    </message>
    <message>
        <source>it can become %1</source>
        <translation>elle peut devenir %1</translation>
    </message>
    <message>
        <source> or </source>
        <translation> ou </translation>
    </message>
</context>
<context>
    <name>cs::LifecycleState</name>
    <message>
        <source>Registered</source>
        <translation>Enregistrée</translation>
    </message>
    <message>
        <source>Under validation</source>
        <translation>En validation</translation>
    </message>
    <message>
        <source>Validated</source>
        <translation>Validée</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approuvée</translation>
    </message>
    <message>
        <source>Production</source>
        <translation>Production</translation>
    </message>
    <message>
        <source>Superseded</source>
        <translation>Remplacée</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>Retirée</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Retirée</translation>
    </message>
</context>
<context>
    <name>cs::Meaning</name>
    <message>
        <source>Authored</source>
        <translation>Rédigé</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>Revu</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approuvé</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejeté</translation>
    </message>
    <message>
        <source>Released</source>
        <translation>Mis en production</translation>
    </message>
    <message>
        <source>I, %1, am the author of this record and attest that it is accurate and complete. This electronic signature is the legally binding equivalent of my handwritten signature.</source>
        <translation>Je soussigné(e), %1, suis l’auteur de cet enregistrement et atteste qu’il est exact et complet. Cette signature électronique est l’équivalent juridiquement contraignant de ma signature manuscrite.</translation>
    </message>
    <message>
        <source>I, %1, have reviewed this record and attest that my review is complete and its findings are recorded. This electronic signature is the legally binding equivalent of my handwritten signature.</source>
        <translation>Je soussigné(e), %1, ai revu cet enregistrement et atteste que ma revue est complète et que ses constats sont consignés. Cette signature électronique est l’équivalent juridiquement contraignant de ma signature manuscrite.</translation>
    </message>
    <message>
        <source>I, %1, approve this record. This electronic signature is the legally binding equivalent of my handwritten signature.</source>
        <translation>Je soussigné(e), %1, approuve cet enregistrement. Cette signature électronique est l’équivalent juridiquement contraignant de ma signature manuscrite.</translation>
    </message>
    <message>
        <source>I, %1, reject this record for the reason given. This electronic signature is the legally binding equivalent of my handwritten signature.</source>
        <translation>Je soussigné(e), %1, rejette cet enregistrement pour la raison indiquée. Cette signature électronique est l’équivalent juridiquement contraignant de ma signature manuscrite.</translation>
    </message>
    <message>
        <source>I, %1, release this record for use. This electronic signature is the legally binding equivalent of my handwritten signature.</source>
        <translation>Je soussigné(e), %1, libère cet enregistrement pour utilisation. Cette signature électronique est l’équivalent juridiquement contraignant de ma signature manuscrite.</translation>
    </message>
</context>
<context>
    <name>cs::MerkleTree</name>
    <message>
        <source>no inclusion proof for leaf %1 in a tree of %2 leaves</source>
        <translation>pas de preuve d’inclusion pour la feuille %1 dans un arbre de %2 feuilles</translation>
    </message>
    <message>
        <source>leaf %1 lies outside a tree of %2 leaves</source>
        <translation>la feuille %1 est hors d’un arbre de %2 feuilles</translation>
    </message>
    <message>
        <source>the inclusion proof is longer than the tree is deep</source>
        <translation>la preuve d’inclusion est plus longue que l’arbre n’est profond</translation>
    </message>
    <message>
        <source>the inclusion proof is shorter than the tree is deep</source>
        <translation>la preuve d’inclusion est plus courte que l’arbre n’est profond</translation>
    </message>
    <message>
        <source>the inclusion proof of leaf %1 leads to root %2, not to the checkpoint&apos;s %3</source>
        <translation>la preuve d’inclusion de la feuille %1 mène à la racine %2, et non à celle du point de contrôle %3</translation>
    </message>
</context>
<context>
    <name>cs::Migrator</name>
    <message>
        <source>reading the schema</source>
        <translation>lecture du schéma</translation>
    </message>
    <message>
        <source>upgrading the workspace to schema %1</source>
        <translation>mise à niveau de l’espace de travail vers le schéma %1</translation>
    </message>
    <message>
        <source>reading the schema version</source>
        <translation>lecture de la version du schéma</translation>
    </message>
    <message>
        <source>schema migrations are not numbered 1, 2, 3, ...</source>
        <translation>les migrations de schéma ne sont pas numérotées 1, 2, 3, ...</translation>
    </message>
    <message>
        <source>recording schema %1</source>
        <translation>enregistrement du schéma %1</translation>
    </message>
    <message>
        <source>creating the tables of schema %1</source>
        <translation>création des tables du schéma %1</translation>
    </message>
</context>
<context>
    <name>cs::MlflowFileStore</name>
    <message>
        <source>cannot read artifact %1: %2</source>
        <translation>impossible de lire l’artefact %1 : %2</translation>
    </message>
    <message>
        <source>the %1 &quot;%2&quot; is not a whole number</source>
        <translation>%1 « %2 » n’est pas un nombre entier</translation>
    </message>
    <message>
        <source>the value &quot;%1&quot; is not a number</source>
        <translation>la valeur « %1 » n’est pas un nombre</translation>
    </message>
    <message>
        <source>expected &quot;&lt;timestamp&gt; &lt;value&gt; [&lt;step&gt;]&quot; or &quot;&lt;timestamp&gt; &lt;value&gt; &lt;step&gt; &lt;dataset name&gt; &lt;dataset digest&gt;&quot;, found &quot;%1&quot;</source>
        <translation>attendu « &lt;timestamp&gt; &lt;value&gt; [&lt;step&gt;] » ou « &lt;timestamp&gt; &lt;value&gt; &lt;step&gt; &lt;dataset name&gt; &lt;dataset digest&gt; », trouvé « %1 »</translation>
    </message>
    <message>
        <source>expected &quot;&lt;timestamp&gt; &lt;value&gt; &lt;step&gt; &lt;run id&gt; [&lt;dataset name&gt; &lt;dataset digest&gt;]&quot;, found &quot;%1&quot;</source>
        <translation>attendu « &lt;timestamp&gt; &lt;value&gt; &lt;step&gt; &lt;run id&gt; [&lt;dataset name&gt; &lt;dataset digest&gt;] », trouvé « %1 »</translation>
    </message>
    <message>
        <source>unknown run status &quot;%1&quot;</source>
        <translation>statut de run « %1 » inconnu</translation>
    </message>
    <message>
        <source>unknown logged model status &quot;%1&quot;</source>
        <translation>statut de modèle journalisé « %1 » inconnu</translation>
    </message>
    <message>
        <source>run %1 logged no model called %2</source>
        <translation>le run %1 n’a journalisé aucun modèle nommé %2</translation>
    </message>
    <message>
        <source>%1: the source &quot;%2&quot; leaves the artifact folder it names (path traversal); refused</source>
        <translation>%1 : la source « %2 » sort du dossier d’artefacts qu’elle nomme (traversée de chemin) ; refusée</translation>
    </message>
    <message>
        <source>broken symbolic link; not followed</source>
        <translation>lien symbolique cassé ; non suivi</translation>
    </message>
    <message>
        <source>symbolic link to a folder; not followed</source>
        <translation>lien symbolique vers un dossier ; non suivi</translation>
    </message>
    <message>
        <source>symbolic link leaving the artifact folder; not followed</source>
        <translation>lien symbolique sortant du dossier d’artefacts ; non suivi</translation>
    </message>
    <message>
        <source>link to something that is not a regular file</source>
        <translation>lien vers autre chose qu’un fichier ordinaire</translation>
    </message>
    <message>
        <source>not a regular file (a device, FIFO or socket); not read</source>
        <translation>pas un fichier ordinaire (périphérique, FIFO ou socket) ; non lu</translation>
    </message>
    <message>
        <source>not a local path (remote artifact store)</source>
        <translation>pas un chemin local (magasin d’artefacts distant)</translation>
    </message>
    <message>
        <source>the logged model&apos;s artifacts (%1) are not a local path</source>
        <translation>les artefacts du modèle journalisé (%1) ne sont pas un chemin local</translation>
    </message>
    <message>
        <source>the source names another registered version, not files; import that version</source>
        <translation>la source nomme une autre version enregistrée, pas des fichiers ; importez cette version</translation>
    </message>
    <message>
        <source>the folder %1 does not exist (moved or deleted)</source>
        <translation>le dossier %1 n’existe pas (déplacé ou supprimé)</translation>
    </message>
    <message>
        <source>%1 is outside the MLflow store %2; not read</source>
        <translation>%1 est hors du magasin MLflow %2 ; non lu</translation>
    </message>
    <message>
        <source>the import was cancelled; nothing was stored</source>
        <translation>l’import a été annulé ; rien n’a été enregistré</translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 n’existe pas</translation>
    </message>
    <message>
        <source>%1 is larger than 5 MB; it is not MLflow metadata</source>
        <translation>%1 dépasse 5 Mo ; ce ne sont pas des métadonnées MLflow</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>%1: expected a YAML mapping of fields</source>
        <translation>%1 : un dictionnaire YAML de champs est attendu</translation>
    </message>
    <message>
        <source>%1: field %2 should be a whole number, not &quot;%3&quot;</source>
        <translation>%1 : le champ %2 doit être un nombre entier, et non « %3 »</translation>
    </message>
    <message>
        <source>%1 line %2: longer than 64 KB</source>
        <translation>%1 ligne %2 : plus de 64 Ko</translation>
    </message>
    <message>
        <source>%1 line %2: %3</source>
        <translation>%1 ligne %2 : %3</translation>
    </message>
    <message>
        <source>%1 is not a folder; give the mlruns folder</source>
        <translation>%1 n’est pas un dossier ; indiquez le dossier mlruns</translation>
    </message>
    <message>
        <source>%1 has no models/ folder: it is not an MLflow file store with a model registry</source>
        <translation>%1 n’a pas de dossier models/ : ce n’est pas un magasin de fichiers MLflow avec registre de modèles</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid model name</source>
        <translation>« %1 » n’est pas un nom de modèle valide</translation>
    </message>
    <message>
        <source>there is no registered model &quot;%1&quot; in %2</source>
        <translation>il n’y a pas de modèle enregistré « %1 » dans %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid run id</source>
        <translation>« %1 » n’est pas un identifiant de run valide</translation>
    </message>
    <message>
        <source>run %1 is not in %2 (deleted, or in another store)</source>
        <translation>le run %1 n’est pas dans %2 (supprimé ou dans un autre magasin)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid logged model id</source>
        <translation>« %1 » n’est pas un identifiant de modèle journalisé valide</translation>
    </message>
    <message>
        <source>logged model %1 is not in %2 (deleted, or in another store)</source>
        <translation>le modèle journalisé %1 n’est pas dans %2 (supprimé ou dans un autre magasin)</translation>
    </message>
    <message>
        <source>%1: the model_id &quot;%2&quot; is not the folder&apos;s id %3</source>
        <translation>%1 : le model_id « %2 » n’est pas l’identifiant %3 du dossier</translation>
    </message>
    <message>
        <source>MLflow versions are numbers, not &quot;%1&quot;</source>
        <translation>les versions MLflow sont des nombres, et non « %1 »</translation>
    </message>
    <message>
        <source>model &quot;%1&quot; has no version %2 in %3</source>
        <translation>le modèle « %1 » n’a pas de version %2 dans %3</translation>
    </message>
    <message>
        <source>version %1 of &quot;%2&quot; was deleted in MLflow</source>
        <translation>la version %1 de « %2 » a été supprimée dans MLflow</translation>
    </message>
    <message>
        <source>%1: the source names the logged model %2 but model_id is %3</source>
        <translation>%1 : la source nomme le modèle journalisé %2 mais model_id vaut %3</translation>
    </message>
</context>
<context>
    <name>cs::MlflowSqlStore</name>
    <message>
        <source>%1: cannot read %2 (%3); is it an MLflow database of a supported version?</source>
        <translation>%1 : impossible de lire %2 (%3) ; est-ce une base MLflow d’une version prise en charge ?</translation>
    </message>
    <message>
        <source>%1: reading %2 took more work than a store of this size can need (a column computed on read?); refused</source>
        <translation>%1 : la lecture de %2 a demandé plus de travail qu’un magasin de cette taille ne peut en nécessiter (une colonne calculée à la lecture ?) ; refusé</translation>
    </message>
    <message>
        <source>%1: %2 hold a value larger than %3 MiB; refused</source>
        <translation>%1 : %2 contiennent une valeur de plus de %3 Mio ; refusé</translation>
    </message>
    <message>
        <source>%1: cannot read %2 (%3)</source>
        <translation>%1 : impossible de lire %2 (%3)</translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 n’existe pas</translation>
    </message>
    <message>
        <source>%1 is not a file; give the mlflow.db file</source>
        <translation>%1 n’est pas un fichier ; indiquez le fichier mlflow.db</translation>
    </message>
    <message>
        <source>cannot read %1 with its write-ahead log %2 (copying them to a temporary folder failed)</source>
        <translation>impossible de lire %1 avec son journal d’écriture anticipée %2 (la copie vers un dossier temporaire a échoué)</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>impossible d’ouvrir %1 : %2</translation>
    </message>
    <message>
        <source>cannot bound the work of reading %1</source>
        <translation>impossible de borner le travail de lecture de %1</translation>
    </message>
    <message>
        <source>%1 is not an SQLite database</source>
        <translation>%1 n’est pas une base SQLite</translation>
    </message>
    <message>
        <source>%1 is not an MLflow database with a model registry (it has no table %2)</source>
        <translation>%1 n’est pas une base MLflow avec registre de modèles (elle n’a pas de table %2)</translation>
    </message>
    <message>
        <source>the registered models</source>
        <translation>les modèles enregistrés</translation>
    </message>
    <message>
        <source>the versions of %1</source>
        <translation>les versions de %1</translation>
    </message>
    <message>
        <source>there is no registered model &quot;%1&quot; in %2</source>
        <translation>il n’y a pas de modèle enregistré « %1 » dans %2</translation>
    </message>
    <message>
        <source>run %1</source>
        <translation>run %1</translation>
    </message>
    <message>
        <source>run %1 is not in %2 (deleted, or in another store)</source>
        <translation>le run %1 n’est pas dans %2 (supprimé ou dans un autre magasin)</translation>
    </message>
    <message>
        <source>%1, run %2: %3</source>
        <translation>%1, run %2 : %3</translation>
    </message>
    <message>
        <source>the %1 of run %2</source>
        <translation>%1 du run %2</translation>
    </message>
    <message>
        <source>the metrics of run %1</source>
        <translation>les métriques du run %1</translation>
    </message>
    <message>
        <source>the inputs of run %1</source>
        <translation>les entrées du run %1</translation>
    </message>
    <message>
        <source>the tags of the inputs of run %1</source>
        <translation>les tags des entrées du run %1</translation>
    </message>
    <message>
        <source>the logged models of run %1</source>
        <translation>les modèles journalisés du run %1</translation>
    </message>
    <message>
        <source>the metrics of the models of run %1</source>
        <translation>les métriques des modèles du run %1</translation>
    </message>
    <message>
        <source>%1 has no logged models (written by MLflow 2); logged model %2 is not in it</source>
        <translation>%1 n’a pas de modèles journalisés (écrit par MLflow 2) ; le modèle journalisé %2 n’y est pas</translation>
    </message>
    <message>
        <source>logged model %1</source>
        <translation>modèle journalisé %1</translation>
    </message>
    <message>
        <source>logged model %1 is not in %2 (deleted, or in another store)</source>
        <translation>le modèle journalisé %1 n’est pas dans %2 (supprimé ou dans un autre magasin)</translation>
    </message>
    <message>
        <source>%1, logged model %2: %3</source>
        <translation>%1, modèle journalisé %2 : %3</translation>
    </message>
    <message>
        <source>the %1 of logged model %2</source>
        <translation>%1 du modèle journalisé %2</translation>
    </message>
    <message>
        <source>the metrics of logged model %1</source>
        <translation>les métriques du modèle journalisé %1</translation>
    </message>
    <message>
        <source>MLflow versions are numbers, not &quot;%1&quot;</source>
        <translation>les versions MLflow sont des nombres, et non « %1 »</translation>
    </message>
    <message>
        <source>version %1 of %2</source>
        <translation>version %1 de %2</translation>
    </message>
    <message>
        <source>model &quot;%1&quot; has no version %2 in %3</source>
        <translation>le modèle « %1 » n’a pas de version %2 dans %3</translation>
    </message>
    <message>
        <source>%1 holds version %2 of &quot;%3&quot; more than once (several MLflow workspaces?); refused</source>
        <translation>%1 contient la version %2 de « %3 » plus d’une fois (plusieurs workspaces MLflow ?) ; refusé</translation>
    </message>
    <message>
        <source>the tags of version %1</source>
        <translation>les tags de la version %1</translation>
    </message>
    <message>
        <source>the aliases of %1</source>
        <translation>les alias de %1</translation>
    </message>
</context>
<context>
    <name>cs::PasswordHash</name>
    <message>
        <source>scrypt is not available in this OpenSSL</source>
        <translation>scrypt n’est pas disponible dans cet OpenSSL</translation>
    </message>
    <message>
        <source>scrypt failed (parameters N=%1, r=%2, p=%3)</source>
        <translation>échec de scrypt (paramètres N=%1, r=%2, p=%3)</translation>
    </message>
    <message>
        <source>no random numbers for a password salt</source>
        <translation>pas de nombres aléatoires pour un sel de mot de passe</translation>
    </message>
    <message>
        <source>a stored password hash is malformed</source>
        <translation>un hachage de mot de passe enregistré est mal formé</translation>
    </message>
</context>
<context>
    <name>cs::PasswordPolicy</name>
    <message>
        <source>the password is too short: the workspace requires at least %1 characters</source>
        <translation>le mot de passe est trop court : l’espace de travail exige au moins %1 caractères</translation>
    </message>
    <message>
        <source>the password must not contain the username</source>
        <translation>le mot de passe ne doit pas contenir le nom d’utilisateur</translation>
    </message>
</context>
<context>
    <name>cs::Pccp</name>
    <message>
        <source>expected a text</source>
        <translation>texte attendu</translation>
    </message>
    <message>
        <source>unknown field</source>
        <translation>champ inconnu</translation>
    </message>
    <message>
        <source>expected a list of rules</source>
        <translation>liste de règles attendue</translation>
    </message>
    <message>
        <source>expected a rule (a mapping)</source>
        <translation>règle (un dictionnaire) attendue</translation>
    </message>
    <message>
        <source>rule %1 is named twice</source>
        <translation>la règle %1 est nommée deux fois</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>expected a list of at least one modification</source>
        <translation>liste d’au moins une modification attendue</translation>
    </message>
    <message>
        <source>expected a modification (a mapping)</source>
        <translation>modification (un dictionnaire) attendue</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is reserved for changes outside the PCCP</source>
        <translation>« %1 » est réservé aux changements hors du PCCP</translation>
    </message>
    <message>
        <source>modification %1 is named twice</source>
        <translation>la modification %1 est nommée deux fois</translation>
    </message>
    <message>
        <source>expected one of %1</source>
        <translation>l’une des valeurs %1 attendue</translation>
    </message>
    <message>
        <source>expected true or false</source>
        <translation>true ou false attendu</translation>
    </message>
    <message>
        <source>expected global or local</source>
        <translation>global ou local attendu</translation>
    </message>
    <message>
        <source>expected the modification protocol</source>
        <translation>protocole de modification attendu</translation>
    </message>
    <message>
        <source>expected at least one acceptance rule</source>
        <translation>au moins une règle d’acceptation attendue</translation>
    </message>
    <message>
        <source>expected the impact assessment</source>
        <translation>évaluation d’impact attendue</translation>
    </message>
    <message>
        <source>%1: expected a PCCP (a mapping with model, title and modifications)</source>
        <translation>%1 : un PCCP attendu (un dictionnaire avec model, title et modifications)</translation>
    </message>
    <message>
        <source>%1, line %2: %3</source>
        <translation>%1, ligne %2 : %3</translation>
    </message>
    <message>
        <source>re-training on new data within the intended population</source>
        <translation>réentraînement sur de nouvelles données dans la population cible</translation>
    </message>
    <message>
        <source>inputs and compatibility</source>
        <translation>entrées et compatibilité</translation>
    </message>
    <message>
        <source>performance for a specified subpopulation</source>
        <translation>performance pour une sous-population déterminée</translation>
    </message>
</context>
<context>
    <name>cs::PccpCommands</name>
    <message>
        <source>%1: &quot;%2&quot; holds the control character %3</source>
        <translation>%1 : « %2 » contient le caractère de contrôle %3</translation>
    </message>
    <message>
        <source>save a new version of the PCCP of %1</source>
        <translation>enregistrer une nouvelle version du PCCP de %1</translation>
    </message>
    <message>
        <source>the PCCP of %1 cannot be saved:
- %2</source>
        <translation>le PCCP de %1 ne peut pas être enregistré :
- %2</translation>
    </message>
    <message>
        <source>model: there is no model %1 in this workspace; import a version of it first</source>
        <translation>model : il n’y a pas de modèle %1 dans cet espace de travail ; importez-en d’abord une version</translation>
    </message>
    <message>
        <source>version %1 of the PCCP of %2 already says exactly this; nothing to save</source>
        <translation>la version %1 du PCCP de %2 dit déjà exactement cela ; rien à enregistrer</translation>
    </message>
</context>
<context>
    <name>cs::PccpGate</name>
    <message>
        <source>PCCP version %1 of %2</source>
        <translation>version %1 du PCCP de %2</translation>
    </message>
    <message>
        <source>No PCCP is in force for this model; no acceptance rules apply.</source>
        <translation>Aucun PCCP n’est en vigueur pour ce modèle ; aucune règle d’acceptation ne s’applique.</translation>
    </message>
    <message>
        <source>A rollback request restores a version released before; the PCCP&apos;s rules do not apply.</source>
        <translation>Une demande de retour arrière rétablit une version mise en production auparavant ; les règles du PCCP ne s’appliquent pas.</translation>
    </message>
    <message>
        <source>Outside %1, by its author&apos;s determination: needs a new regulatory submission and cannot be implemented under the PCCP.</source>
        <translation>Hors de %1, selon son auteur : nécessite une nouvelle soumission réglementaire et ne peut pas être mise en œuvre sous le PCCP.</translation>
    </message>
    <message>
        <source>Names modification %1, which %2 does not have: needs a new regulatory submission and cannot be implemented under the PCCP.</source>
        <translation>Nomme la modification %1, que %2 n’a pas : nécessite une nouvelle soumission réglementaire et ne peut pas être mise en œuvre sous le PCCP.</translation>
    </message>
    <message>
        <source>a blocking rule is not met: cannot be approved</source>
        <translation>une règle bloquante n’est pas satisfaite : approbation impossible</translation>
    </message>
    <message>
        <source>a blocking rule could not be evaluated: approval needs a QA officer&apos;s signed justification</source>
        <translation>une règle bloquante n’a pas pu être évaluée : l’approbation nécessite la justification signée d’un responsable qualité</translation>
    </message>
    <message>
        <source>every blocking rule is met</source>
        <translation>chaque règle bloquante est satisfaite</translation>
    </message>
    <message>
        <source>Within modification %1 (%2) of %3. Rules: %4; %5.</source>
        <translation>Dans la modification %1 (%2) de %3. Règles : %4 ; %5.</translation>
    </message>
    <message>
        <source> (other end %1)</source>
        <translation> (autre borne %1)</translation>
    </message>
    <message>
        <source>%1 cannot be approved: blocking acceptance rules of PCCP version %2 are not met:
- %3</source>
        <translation>%1 ne peut pas être approuvée : des règles d’acceptation bloquantes de la version %2 du PCCP ne sont pas satisfaites :
- %3</translation>
    </message>
    <message>
        <source>%1 cannot be approved yet: blocking acceptance rules of PCCP version %2 could not be evaluated, and a QA officer must first sign a justification (cr justify):
- %3</source>
        <translation>%1 ne peut pas encore être approuvée : des règles d’acceptation bloquantes de la version %2 du PCCP n’ont pas pu être évaluées, et un responsable qualité doit d’abord signer une justification (cr justify) :
- %3</translation>
    </message>
    <message>
        <source>its author placed it outside the PCCP</source>
        <translation>son auteur l’a placée hors du PCCP</translation>
    </message>
    <message>
        <source>it names modification %1, which PCCP version %2 does not have</source>
        <translation>elle nomme la modification %1, que la version %2 du PCCP n’a pas</translation>
    </message>
    <message>
        <source>%1 needs a new regulatory submission (%2) and cannot be implemented under the PCCP of %3</source>
        <translation>%1 nécessite une nouvelle soumission réglementaire (%2) et ne peut pas être mise en œuvre sous le PCCP de %3</translation>
    </message>
    <message>
        <source>within the PCCP</source>
        <translation>dans le PCCP</translation>
    </message>
    <message>
        <source>outside the PCCP</source>
        <translation>hors du PCCP</translation>
    </message>
    <message>
        <source>names a modification the PCCP lacks</source>
        <translation>nomme une modification absente du PCCP</translation>
    </message>
    <message>
        <source>no PCCP in force</source>
        <translation>aucun PCCP en vigueur</translation>
    </message>
    <message>
        <source>rollback, not a modification</source>
        <translation>retour arrière, pas une modification</translation>
    </message>
</context>
<context>
    <name>cs::PccpRule</name>
    <message>
        <source>PSI of %1</source>
        <translation>PSI de %1</translation>
    </message>
    <message>
        <source>%1 from %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>production windows</source>
        <translation>fenêtres de production</translation>
    </message>
    <message>
        <source>production windows, every %1 with at least %2 positives</source>
        <translation>fenêtres de production, chaque %1 avec au moins %2 positifs</translation>
    </message>
    <message>
        <source>%1 set, with at least %2 positives</source>
        <translation>jeu %1, avec au moins %2 positifs</translation>
    </message>
    <message>
        <source>%1 set</source>
        <translation>jeu %1</translation>
    </message>
    <message>
        <source>%1 set, every %2 with at least %3 positives</source>
        <translation>jeu %1, chaque %2 avec au moins %3 positifs</translation>
    </message>
    <message>
        <source>%1: %2 %3 %4 (%5); %6</source>
        <translation>%1 : %2 %3 %4 (%5) ; %6</translation>
    </message>
    <message>
        <source>expected a text</source>
        <translation>texte attendu</translation>
    </message>
    <message>
        <source>expected one of %1</source>
        <translation>l’une des valeurs %1 attendue</translation>
    </message>
    <message>
        <source>unknown field</source>
        <translation>champ inconnu</translation>
    </message>
    <message>
        <source>expected validation or challenge</source>
        <translation>validation ou challenge attendu</translation>
    </message>
    <message>
        <source>expected a whole number, 0 or more</source>
        <translation>nombre entier, 0 ou plus, attendu</translation>
    </message>
    <message>
        <source>expected a number</source>
        <translation>nombre attendu</translation>
    </message>
    <message>
        <source>McNemar&apos;s test is of sensitivity, specificity or accuracy</source>
        <translation>le test de McNemar porte sur la sensibilité, la spécificité ou l’exactitude</translation>
    </message>
    <message>
        <source>AUC</source>
        <translation>AUC</translation>
    </message>
    <message>
        <source>sensitivity</source>
        <translation>sensibilité</translation>
    </message>
    <message>
        <source>specificity</source>
        <translation>spécificité</translation>
    </message>
    <message>
        <source>PPV</source>
        <translation>VPP</translation>
    </message>
    <message>
        <source>NPV</source>
        <translation>VPN</translation>
    </message>
    <message>
        <source>accuracy</source>
        <translation>exactitude</translation>
    </message>
    <message>
        <source>Brier score</source>
        <translation>Score de Brier</translation>
    </message>
    <message>
        <source>expected calibration error</source>
        <translation>erreur de calibration attendue</translation>
    </message>
    <message>
        <source>PSI</source>
        <translation>PSI</translation>
    </message>
    <message>
        <source>share of drifted features</source>
        <translation>part des variables en dérive</translation>
    </message>
    <message>
        <source>value</source>
        <translation>valeur</translation>
    </message>
    <message>
        <source>lower bound</source>
        <translation>borne inférieure</translation>
    </message>
    <message>
        <source>upper bound</source>
        <translation>borne supérieure</translation>
    </message>
    <message>
        <source>difference</source>
        <translation>différence</translation>
    </message>
    <message>
        <source>lower bound of the difference</source>
        <translation>borne inférieure de la différence</translation>
    </message>
    <message>
        <source>upper bound of the difference</source>
        <translation>borne supérieure de la différence</translation>
    </message>
    <message>
        <source>McNemar p-value</source>
        <translation>valeur p de McNemar</translation>
    </message>
    <message>
        <source>overall</source>
        <translation>global</translation>
    </message>
    <message>
        <source>every subgroup</source>
        <translation>chaque sous-groupe</translation>
    </message>
    <message>
        <source>production</source>
        <translation>production</translation>
    </message>
    <message>
        <source>the originally cleared version</source>
        <translation>la version autorisée à l’origine</translation>
    </message>
    <message>
        <source>blocking</source>
        <translation>bloquante</translation>
    </message>
    <message>
        <source>advisory</source>
        <translation>consultative</translation>
    </message>
    <message>
        <source>PASS</source>
        <translation>RÉUSSI</translation>
    </message>
    <message>
        <source>FAIL</source>
        <translation>ÉCHEC</translation>
    </message>
    <message>
        <source>INCONCLUSIVE</source>
        <translation>NON CONCLUANT</translation>
    </message>
    <message>
        <source>NOT EVALUABLE</source>
        <translation>NON ÉVALUABLE</translation>
    </message>
    <message>
        <source>the evidence has no interval for the difference in %1</source>
        <translation>les preuves n’ont pas d’intervalle pour la différence de %1</translation>
    </message>
    <message>
        <source>the evidence has no McNemar test for %1 here</source>
        <translation>les preuves n’ont pas de test de McNemar pour %1 ici</translation>
    </message>
    <message>
        <source>the evidence holds no %1 of %2 here</source>
        <translation>les preuves n’ont pas de %1 de %2 ici</translation>
    </message>
    <message>
        <source>%1 positives, fewer than the rule&apos;s %2</source>
        <translation>%1 positifs, moins que les %2 de la règle</translation>
    </message>
    <message>
        <source>a drift rule: it is evaluated on drift runs, not on validation evidence</source>
        <translation>une règle de dérive : elle s’évalue sur les analyses de dérive, pas sur les preuves de validation</translation>
    </message>
    <message>
        <source>a first release has no version to compare with</source>
        <translation>une première mise en production n’a pas de version de comparaison</translation>
    </message>
    <message>
        <source>the request names no originally cleared version</source>
        <translation>la demande ne nomme aucune version autorisée à l’origine</translation>
    </message>
    <message>
        <source>the plan has no subgroup column %1</source>
        <translation>le plan n’a pas de colonne de sous-groupe %1</translation>
    </message>
    <message>
        <source>the plan has no %1 set</source>
        <translation>le plan n’a pas de jeu %1</translation>
    </message>
    <message>
        <source>a drift rule: it reads the run&apos;s drift, not its performance</source>
        <translation>une règle de dérive : elle lit la dérive de l’analyse, pas sa performance</translation>
    </message>
    <message>
        <source>window %1 has no labels, so no performance</source>
        <translation>la fenêtre %1 n’a pas d’étiquettes, donc pas de performance</translation>
    </message>
    <message>
        <source>a production window has no comparator for %1</source>
        <translation>une fenêtre de production n’a pas de comparateur pour %1</translation>
    </message>
    <message>
        <source>window %1 has no subgroup column %2</source>
        <translation>la fenêtre %1 n’a pas de colonne de sous-groupe %2</translation>
    </message>
</context>
<context>
    <name>cs::PccpStatus</name>
    <message>
        <source>in force</source>
        <translation>en vigueur</translation>
    </message>
    <message>
        <source>awaiting signatures</source>
        <translation>en attente de signatures</translation>
    </message>
    <message>
        <source>superseded</source>
        <translation>remplacé</translation>
    </message>
    <message>
        <source>never approved</source>
        <translation>jamais approuvé</translation>
    </message>
</context>
<context>
    <name>cs::PccpTable</name>
    <message>
        <source>storing version %1 of the PCCP of %2</source>
        <translation>enregistrement de la version %1 du PCCP de %2</translation>
    </message>
    <message>
        <source>reading PCCPs</source>
        <translation>lecture des PCCP</translation>
    </message>
</context>
<context>
    <name>cs::PostgresStatement</name>
    <message>
        <source>%1: %2 failed: the connection to the server is closed; reconnect</source>
        <translation>%1 : %2 a échoué : la connexion au serveur est fermée ; reconnectez-vous</translation>
    </message>
</context>
<context>
    <name>cs::PredictionCommands</name>
    <message>
        <source>name the dataset the predictions are for</source>
        <translation>nommez le jeu de données auquel les prédictions se rapportent</translation>
    </message>
    <message>
        <source>%1: name the sample ID column</source>
        <translation>%1 : nommez la colonne d’identifiant d’échantillon</translation>
    </message>
    <message>
        <source>%1: map at least one score column to a model version (LABEL=COLUMN)</source>
        <translation>%1 : associez au moins une colonne de score à une version de modèle (LABEL=COLONNE)</translation>
    </message>
    <message>
        <source>%1: dataset %2 is locked and its samples need labels; name the label column</source>
        <translation>%1 : le jeu de données %2 est verrouillé et ses échantillons ont besoin d’étiquettes ; nommez la colonne d’étiquette</translation>
    </message>
    <message>
        <source>the dataset name or label &quot;%1&quot; holds the control character %2; refused</source>
        <translation>le nom de jeu de données ou l’étiquette « %1 » contient le caractère de contrôle %2 ; refusé</translation>
    </message>
    <message>
        <source>dataset %1 is new: give its role (%2)</source>
        <translation>le jeu de données %1 est nouveau : indiquez son rôle (%2)</translation>
    </message>
    <message>
        <source>the label domain %1 names a label twice</source>
        <translation>le domaine d’étiquettes %1 nomme une étiquette deux fois</translation>
    </message>
    <message>
        <source>the label domain has %1 labels; at most %2 are allowed</source>
        <translation>le domaine d’étiquettes a %1 étiquettes ; au plus %2 sont permises</translation>
    </message>
    <message>
        <source>dataset %1 is a %2, not a %3</source>
        <translation>le jeu de données %1 est un %2, pas un %3</translation>
    </message>
    <message>
        <source>dataset %1 is locked and stays locked</source>
        <translation>le jeu de données %1 est verrouillé et le reste</translation>
    </message>
    <message>
        <source>dataset %1 was imported unlocked</source>
        <translation>le jeu de données %1 a été importé non verrouillé</translation>
    </message>
    <message>
        <source>dataset %1 has the labels %2, not %3</source>
        <translation>le jeu de données %1 a les étiquettes %2, et non %3</translation>
    </message>
    <message>
        <source>dataset %1 has the subgroup columns [%2]; map the same columns, in that order (got [%3])</source>
        <translation>le jeu de données %1 a les colonnes de sous-groupe [%2] ; associez les mêmes colonnes, dans cet ordre (reçu [%3])</translation>
    </message>
    <message>
        <source>%1: version %2 is mapped to two score columns</source>
        <translation>%1 : la version %2 est associée à deux colonnes de score</translation>
    </message>
    <message>
        <source>version %1 of model %2 is not in the workspace; import it before its predictions</source>
        <translation>la version %1 du modèle %2 n’est pas dans l’espace de travail ; importez-la avant ses prédictions</translation>
    </message>
    <message>
        <source>sample ID &quot;%1&quot; appears twice in the file</source>
        <translation>l’identifiant d’échantillon « %1 » apparaît deux fois dans le fichier</translation>
    </message>
    <message>
        <source>the import of %1 was cancelled; nothing was stored</source>
        <translation>l’import de %1 a été annulé ; rien n’a été enregistré</translation>
    </message>
    <message>
        <source>sample &quot;%1&quot; is not in the locked dataset %2; a locked dataset&apos;s samples never change</source>
        <translation>l’échantillon « %1 » n’est pas dans le jeu de données verrouillé %2 ; les échantillons d’un jeu verrouillé ne changent jamais</translation>
    </message>
    <message>
        <source>label &quot;%1&quot;</source>
        <translation>étiquette « %1 »</translation>
    </message>
    <message>
        <source>no label</source>
        <translation>pas d’étiquette</translation>
    </message>
    <message>
        <source>sample &quot;%1&quot; has %2 in dataset %3; its label cannot change</source>
        <translation>l’échantillon « %1 » a %2 dans le jeu de données %3 ; son étiquette ne peut pas changer</translation>
    </message>
    <message>
        <source>%1 lacks %2 of the %3 samples of the locked dataset %4 (for example &quot;%5&quot;); predictions for a locked dataset must cover exactly its samples</source>
        <translation>il manque à %1 %2 des %3 échantillons du jeu de données verrouillé %4 (par exemple « %5 ») ; les prédictions d’un jeu verrouillé doivent couvrir exactement ses échantillons</translation>
    </message>
    <message>
        <source>%1: dataset %2 exists; features are stored with the file that creates a dataset</source>
        <translation>%1 : le jeu de données %2 existe ; les variables sont enregistrées avec le fichier qui crée un jeu de données</translation>
    </message>
    <message>
        <source>%1 (numeric)</source>
        <translation>%1 (numérique)</translation>
    </message>
    <message>
        <source>%1 (categorical, %2 values)</source>
        <translation>%1 (catégorielle, %2 valeurs)</translation>
    </message>
    <message>
        <source>%1: these predictions are already in dataset %2; nothing to import</source>
        <translation>%1 : ces prédictions sont déjà dans le jeu de données %2 ; rien à importer</translation>
    </message>
    <message>
        <source>the predictions of %1 on dataset %2 were imported before with different scores; imported predictions are frozen and are not overwritten, so nothing was imported</source>
        <translation>les prédictions de %1 sur le jeu de données %2 ont déjà été importées avec d’autres scores ; les prédictions importées sont gelées et ne sont pas écrasées, rien n’a donc été importé</translation>
    </message>
    <message>
        <source>import predictions from %1 into dataset %2</source>
        <translation>importer les prédictions de %1 dans le jeu de données %2</translation>
    </message>
    <message>
        <source>attach %1 to dataset %2</source>
        <translation>joindre %1 au jeu de données %2</translation>
    </message>
    <message>
        <source>there is no dataset %1 in the workspace</source>
        <translation>il n’y a pas de jeu de données %1 dans l’espace de travail</translation>
    </message>
    <message>
        <source>dataset %1</source>
        <translation>jeu de données %1</translation>
    </message>
</context>
<context>
    <name>cs::PredictionFields</name>
    <message>
        <source>the %1 is missing</source>
        <translation>%1 manquant</translation>
    </message>
    <message>
        <source>the %1 is missing (&quot;%2&quot;)</source>
        <translation>%1 manquant (« %2 »)</translation>
    </message>
    <message>
        <source>the %1 &quot;%2&quot; is not a number</source>
        <translation>%1 « %2 » n’est pas un nombre</translation>
    </message>
    <message>
        <source>the %1 &quot;%2&quot; is not a finite number</source>
        <translation>%1 « %2 » n’est pas un nombre fini</translation>
    </message>
    <message>
        <source>the %1 &quot;%2&quot; is out of range (a number between about 1e-308 and 1e308 in size, or 0)</source>
        <translation>%1 « %2 » est hors limites (un nombre entre environ 1e-308 et 1e308 en valeur absolue, ou 0)</translation>
    </message>
    <message>
        <source>the label is missing</source>
        <translation>l’étiquette manque</translation>
    </message>
    <message>
        <source>the label is missing (&quot;%1&quot;)</source>
        <translation>l’étiquette manque (« %1 »)</translation>
    </message>
    <message>
        <source>the label &quot;%1&quot; is not one of 0, 1 (or true/false, yes/no)</source>
        <translation>l’étiquette « %1 » n’est ni 0 ni 1 (ni true/false, yes/no)</translation>
    </message>
    <message>
        <source>the label &quot;%1&quot; is not one of %2</source>
        <translation>l’étiquette « %1 » n’est pas l’une de %2</translation>
    </message>
    <message>
        <source>%1, row %2 (line %3), column &quot;%4&quot;: %5</source>
        <translation>%1, ligne %2 (ligne de texte %3), colonne « %4 » : %5</translation>
    </message>
    <message>
        <source>%1, row %2 (line %3): %4</source>
        <translation>%1, ligne %2 (ligne de texte %3) : %4</translation>
    </message>
</context>
<context>
    <name>cs::PredictionImportStore</name>
    <message>
        <source>the temporary file for sorting samples cannot be written: %1</source>
        <translation>le fichier temporaire de tri des échantillons ne peut pas être écrit : %1</translation>
    </message>
    <message>
        <source>storing samples</source>
        <translation>enregistrement des échantillons</translation>
    </message>
    <message>
        <source>storing a sample</source>
        <translation>enregistrement d’un échantillon</translation>
    </message>
    <message>
        <source>finding a sample</source>
        <translation>recherche d’un échantillon</translation>
    </message>
    <message>
        <source>preparing the import</source>
        <translation>préparation de l’import</translation>
    </message>
    <message>
        <source>staging scores</source>
        <translation>mise en attente des scores</translation>
    </message>
    <message>
        <source>finishing the import</source>
        <translation>finalisation de l’import</translation>
    </message>
    <message>
        <source>reading staged scores</source>
        <translation>lecture des scores en attente</translation>
    </message>
</context>
<context>
    <name>cs::PredictionRows</name>
    <message>
        <source>%1: column &quot;%2&quot; (column %3) holds direct identifiers (rule: %4). Countersign does not take files with patient identifiers; remove the column and import again</source>
        <translation>%1 : la colonne « %2 » (colonne %3) contient des identifiants directs (règle : %4). Countersign n’accepte pas de fichiers avec des identifiants de patients ; supprimez la colonne et importez à nouveau</translation>
    </message>
    <message>
        <source>%1: there is no %2 column &quot;%3&quot;; the header has: %4</source>
        <translation>%1 : il n’y a pas de colonne %2 « %3 » ; l’en-tête contient : %4</translation>
    </message>
    <message>
        <source>sample ID</source>
        <translation>identifiant d’échantillon</translation>
    </message>
    <message>
        <source>label</source>
        <translation>étiquette</translation>
    </message>
    <message>
        <source>%1: the label column is also the sample ID column</source>
        <translation>%1 : la colonne d’étiquette est aussi la colonne d’identifiant d’échantillon</translation>
    </message>
    <message>
        <source>score</source>
        <translation>score</translation>
    </message>
    <message>
        <source>subgroup</source>
        <translation>sous-groupe</translation>
    </message>
    <message>
        <source>%1: subgroup column &quot;%2&quot; is also mapped as sample ID or label</source>
        <translation>%1 : la colonne de sous-groupe « %2 » est aussi associée à l’identifiant d’échantillon ou à l’étiquette</translation>
    </message>
    <message>
        <source>a value looks like a direct identifier (rule: %1). Countersign does not take files with patient identifiers; the value is not shown</source>
        <translation>une valeur ressemble à un identifiant direct (règle : %1). Countersign n’accepte pas de fichiers avec des identifiants de patients ; la valeur n’est pas affichée</translation>
    </message>
    <message>
        <source>the sample ID is empty</source>
        <translation>l’identifiant d’échantillon est vide</translation>
    </message>
    <message>
        <source>the sample ID is not UTF-8 text</source>
        <translation>l’identifiant d’échantillon n’est pas du texte UTF-8</translation>
    </message>
    <message>
        <source>the sample ID holds the control character %1</source>
        <translation>l’identifiant d’échantillon contient le caractère de contrôle %1</translation>
    </message>
    <message>
        <source>the value is not UTF-8 text</source>
        <translation>la valeur n’est pas du texte UTF-8</translation>
    </message>
    <message>
        <source>the value holds the control character %1</source>
        <translation>la valeur contient le caractère de contrôle %1</translation>
    </message>
</context>
<context>
    <name>cs::RecordAuditReviewCommand</name>
    <message>
        <source>record a review of the audit events since the last review</source>
        <translation>enregistrer une revue des événements d’audit depuis la dernière revue</translation>
    </message>
    <message>
        <source>record a review of audit events %1 to %2</source>
        <translation>enregistrer une revue des événements d’audit %1 à %2</translation>
    </message>
    <message>
        <source>a review needs a finding (what was checked and what was found)</source>
        <translation>une revue nécessite un constat (ce qui a été vérifié et ce qui a été trouvé)</translation>
    </message>
    <message>
        <source>nothing to review: the last review already covers events up to %1</source>
        <translation>rien à revoir : la dernière revue couvre déjà les événements jusqu’à %1</translation>
    </message>
    <message>
        <source>cannot review events %1 to %2: the trail holds events 1 to %3</source>
        <translation>impossible de revoir les événements %1 à %2 : la piste contient les événements 1 à %3</translation>
    </message>
</context>
<context>
    <name>cs::RecordCheck</name>
    <message>
        <source>the workspace was altered outside Countersign: %1. Nothing was done; run &quot;verify&quot; and restore the workspace from a backup</source>
        <translation>l’espace de travail a été modifié hors de Countersign : %1. Rien n’a été fait ; lancez « verify » et restaurez l’espace de travail depuis une sauvegarde</translation>
    </message>
    <message>
        <source>%1 is not a kind of sealed record</source>
        <translation>%1 n’est pas un type d’enregistrement scellé</translation>
    </message>
    <message>
        <source>%1 rests on audit event %2, which no longer matches its hashes</source>
        <translation>%1 repose sur l’événement d’audit %2, qui ne correspond plus à ses hachages</translation>
    </message>
</context>
<context>
    <name>cs::RecordSeals</name>
    <message>
        <source>reading the columns of %1</source>
        <translation>lecture des colonnes de %1</translation>
    </message>
    <message>
        <source>%1: the table %2 has no column %3 (or is missing)</source>
        <translation>%1 : la table %2 n’a pas de colonne %3 (ou manque)</translation>
    </message>
    <message>
        <source>reading %1 %2</source>
        <translation>lecture de %1 %2</translation>
    </message>
    <message>
        <source>reading the seal of %1 %2</source>
        <translation>lecture du sceau de %1 %2</translation>
    </message>
    <message>
        <source>reading the seals of every %1</source>
        <translation>lecture des sceaux de chaque %1</translation>
    </message>
    <message>
        <source>reading every %1</source>
        <translation>lecture de chaque %1</translation>
    </message>
    <message>
        <source>%1 differs from what audit event %2 recorded</source>
        <translation>%1 diffère de ce que l’événement d’audit %2 a enregistré</translation>
    </message>
    <message>
        <source>%1 was written without an audit event</source>
        <translation>%1 a été écrit sans événement d’audit</translation>
    </message>
    <message>
        <source>%1 is gone, although audit event %2 recorded it</source>
        <translation>%1 a disparu, bien que l’événement d’audit %2 l’ait enregistré</translation>
    </message>
    <message>
        <source>a row of %1 has a key that is neither a number nor a text</source>
        <translation>une ligne de %1 a une clé qui n’est ni un nombre ni un texte</translation>
    </message>
    <message>
        <source>%1: sealing records needs a writable connection</source>
        <translation>%1 : sceller des enregistrements nécessite une connexion en écriture</translation>
    </message>
    <message>
        <source>listing every %1</source>
        <translation>liste de chaque %1</translation>
    </message>
    <message>
        <source>%1: a row of %2 has a %3 that is neither a number nor a text</source>
        <translation>%1 : une ligne de %2 a un %3 qui n’est ni un nombre ni un texte</translation>
    </message>
    <message>
        <source>preparing the connection</source>
        <translation>préparation de la connexion</translation>
    </message>
    <message>
        <source>%1: the workspace connection is not SQLite</source>
        <translation>%1 : la connexion à l’espace de travail n’est pas SQLite</translation>
    </message>
    <message>
        <source>starting a change</source>
        <translation>début d’une modification</translation>
    </message>
    <message>
        <source>reading what the change wrote</source>
        <translation>lecture de ce que la modification a écrit</translation>
    </message>
    <message>
        <source>%1: a command wrote to %2, which is neither a sealed record nor listed as unsealed (store/RecordSeals.cpp)</source>
        <translation>%1 : une commande a écrit dans %2, qui n’est ni un enregistrement scellé ni listé comme non scellé (store/RecordSeals.cpp)</translation>
    </message>
    <message>
        <source>reading %1</source>
        <translation>lecture de %1</translation>
    </message>
</context>
<context>
    <name>cs::RecordTables</name>
    <message>
        <source>recording workspace %1</source>
        <translation>enregistrement de l’espace de travail %1</translation>
    </message>
    <message>
        <source>reading the workspace identity</source>
        <translation>lecture de l’identité de l’espace de travail</translation>
    </message>
    <message>
        <source>saving setting %1</source>
        <translation>enregistrement du paramètre %1</translation>
    </message>
    <message>
        <source>reading settings</source>
        <translation>lecture des paramètres</translation>
    </message>
    <message>
        <source>recording the audit-trail review</source>
        <translation>enregistrement de la revue de la piste d’audit</translation>
    </message>
    <message>
        <source>the new review has no id</source>
        <translation>la nouvelle revue n’a pas d’identifiant</translation>
    </message>
    <message>
        <source>reading audit-trail reviews</source>
        <translation>lecture des revues de la piste d’audit</translation>
    </message>
    <message>
        <source>reading audit-trail review %1</source>
        <translation>lecture de la revue %1 de la piste d’audit</translation>
    </message>
    <message>
        <source>reading the audit trail</source>
        <translation>lecture de la piste d’audit</translation>
    </message>
    <message>
        <source>storing the checkpoint</source>
        <translation>enregistrement du point de contrôle</translation>
    </message>
    <message>
        <source>the new checkpoint has no id</source>
        <translation>le nouveau point de contrôle n’a pas d’identifiant</translation>
    </message>
    <message>
        <source>reading checkpoints</source>
        <translation>lecture des points de contrôle</translation>
    </message>
</context>
<context>
    <name>cs::RegistryCommands</name>
    <message>
        <source>import versions of %1</source>
        <translation>importer des versions de %1</translation>
    </message>
    <message>
        <source>version %1: not read: %2 (%3)</source>
        <translation>version %1 : non lue : %2 (%3)</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; holds the control character %3; refused</source>
        <translation>%1 « %2 » contient le caractère de contrôle %3 ; refusé</translation>
    </message>
    <message>
        <source>the model name</source>
        <translation>le nom du modèle</translation>
    </message>
    <message>
        <source>the version label</source>
        <translation>le libellé de version</translation>
    </message>
    <message>
        <source>version %1 of %2 was imported on %3 with different evidence: the source has changed since. Imported evidence is frozen and is not overwritten; nothing was imported</source>
        <translation>la version %1 de %2 a été importée le %3 avec d’autres preuves : la source a changé depuis. Les preuves importées sont gelées et ne sont pas écrasées ; rien n’a été importé</translation>
    </message>
    <message>
        <source>nothing to import: every version is already in the workspace, unchanged</source>
        <translation>rien à importer : chaque version est déjà dans l’espace de travail, inchangée</translation>
    </message>
    <message>
        <source>attach %1 to version %2 of %3</source>
        <translation>joindre %1 à la version %2 de %3</translation>
    </message>
    <message>
        <source>model %1 has no version %2 in this workspace; import it first</source>
        <translation>le modèle %1 n’a pas de version %2 dans cet espace de travail ; importez-la d’abord</translation>
    </message>
    <message>
        <source>version %1 of %2</source>
        <translation>version %1 de %2</translation>
    </message>
    <message>
        <source>describe model %1</source>
        <translation>décrire le modèle %1</translation>
    </message>
    <message>
        <source>give a reason for describing model %1</source>
        <translation>donnez une raison pour la description du modèle %1</translation>
    </message>
    <message>
        <source>there is no model %1 in this workspace</source>
        <translation>il n’y a pas de modèle %1 dans cet espace de travail</translation>
    </message>
    <message>
        <source>model %1 is already described so; nothing changed</source>
        <translation>le modèle %1 est déjà décrit ainsi ; rien n’a changé</translation>
    </message>
    <message>
        <source>move version %1 of %2 to %3</source>
        <translation>passer la version %1 de %2 à %3</translation>
    </message>
    <message>
        <source>a version goes into production only through an approved change request: open one for version %1 of %2 (countersign-cli cr create, or New Change Request… on the Models page), have it approved, then implement it</source>
        <translation>une version ne passe en production que par une demande de modification approuvée : ouvrez-en une pour la version %1 de %2 (countersign-cli cr create, ou « Nouvelle demande de modification… » sur la page Modèles), faites-la approuver, puis mettez-la en œuvre</translation>
    </message>
    <message>
        <source>a reason is required to %1</source>
        <translation>une raison est requise pour %1</translation>
    </message>
    <message>
        <source>model %1 has no version %2 in this workspace</source>
        <translation>le modèle %1 n’a pas de version %2 dans cet espace de travail</translation>
    </message>
    <message>
        <source>only a QA officer may move a version to %1; %2 is not one</source>
        <translation>seul un responsable qualité peut passer une version à %1 ; %2 n’en est pas un</translation>
    </message>
</context>
<context>
    <name>cs::RegistryTables</name>
    <message>
        <source>adding model %1</source>
        <translation>ajout du modèle %1</translation>
    </message>
    <message>
        <source>reading model %1</source>
        <translation>lecture du modèle %1</translation>
    </message>
    <message>
        <source>reading the models</source>
        <translation>lecture des modèles</translation>
    </message>
    <message>
        <source>adding version %1 of %2</source>
        <translation>ajout de la version %1 de %2</translation>
    </message>
    <message>
        <source>reading version %1 of %2</source>
        <translation>lecture de la version %1 de %2</translation>
    </message>
    <message>
        <source>reading model version %1</source>
        <translation>lecture de la version de modèle %1</translation>
    </message>
    <message>
        <source>reading the versions of %1</source>
        <translation>lecture des versions de %1</translation>
    </message>
    <message>
        <source>describing model %1</source>
        <translation>description du modèle %1</translation>
    </message>
    <message>
        <source>changing the state of version %1</source>
        <translation>changement d’état de la version %1</translation>
    </message>
    <message>
        <source>recording a lifecycle transition</source>
        <translation>enregistrement d’une transition de cycle de vie</translation>
    </message>
    <message>
        <source>storing metric %1</source>
        <translation>enregistrement de la métrique %1</translation>
    </message>
    <message>
        <source>reading metric %1</source>
        <translation>lecture de la métrique %1</translation>
    </message>
</context>
<context>
    <name>cs::Role</name>
    <message>
        <source>Data scientist</source>
        <translation>Data scientist</translation>
    </message>
    <message>
        <source>QA officer</source>
        <translation>Responsable qualité</translation>
    </message>
    <message>
        <source>Regulatory affairs</source>
        <translation>Affaires réglementaires</translation>
    </message>
    <message>
        <source>Auditor</source>
        <translation>Auditeur</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrateur</translation>
    </message>
</context>
<context>
    <name>cs::ServerOpener</name>
    <message>
        <source>out of memory</source>
        <translation>mémoire insuffisante</translation>
    </message>
    <message>
        <source>%1 is not a PostgreSQL connection URI: %2</source>
        <translation>%1 n’est pas une URI de connexion PostgreSQL : %2</translation>
    </message>
    <message>
        <source>cannot open %1: Qt&apos;s PostgreSQL driver (libqt6sql6-psql) is not installed</source>
        <translation>impossible d’ouvrir %1 : le pilote PostgreSQL de Qt (libqt6sql6-psql) n’est pas installé</translation>
    </message>
    <message>
        <source>cannot connect to %1: %2</source>
        <translation>impossible de se connecter à %1 : %2</translation>
    </message>
    <message>
        <source>configuring the connection</source>
        <translation>configuration de la connexion</translation>
    </message>
    <message>
        <source>%1: the role may not create temporary tables, which every change needs; the workspace&apos;s owner grants it with countersign-cli init --grant or GRANT TEMPORARY</source>
        <translation>%1 : le rôle ne peut pas créer de tables temporaires, dont chaque modification a besoin ; le propriétaire de l’espace de travail l’accorde avec countersign-cli init --grant ou GRANT TEMPORARY</translation>
    </message>
    <message>
        <source>%1 is a PostgreSQL database but not a Countersign workspace (create one with countersign-cli init --server)</source>
        <translation>%1 est une base PostgreSQL mais pas un espace de travail Countersign (créez-en un avec countersign-cli init --server)</translation>
    </message>
    <message>
        <source>%1 already holds a Countersign workspace; choose another database</source>
        <translation>%1 contient déjà un espace de travail Countersign ; choisissez une autre base</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a role name Countersign grants to (letters, digits and _)</source>
        <translation>« %1 » n’est pas un nom de rôle auquel Countersign accorde des droits (lettres, chiffres et _)</translation>
    </message>
    <message>
        <source>listing the workspace&apos;s tables</source>
        <translation>liste des tables de l’espace de travail</translation>
    </message>
    <message>
        <source>granting %1 access to the workspace</source>
        <translation>octroi à %1 de l’accès à l’espace de travail</translation>
    </message>
</context>
<context>
    <name>cs::Sha256</name>
    <message>
        <source>SHA-256 is not available from OpenSSL (%1%2%3)</source>
        <translation>SHA-256 n’est pas disponible dans OpenSSL (%1%2%3)</translation>
    </message>
</context>
<context>
    <name>cs::SignRecordCommand</name>
    <message>
        <source>sign %1 %2 as %3</source>
        <translation>signer %1 %2 en tant que %3</translation>
    </message>
    <message>
        <source>no signature policy for %1</source>
        <translation>aucune politique de signature pour %1</translation>
    </message>
</context>
<context>
    <name>cs::SignableRecords</name>
    <message>
        <source>there is no audit-trail review %1</source>
        <translation>il n’y a pas de revue de piste d’audit %1</translation>
    </message>
    <message>
        <source>Audit-trail review %1 of events %2 to %3 by %4, %5</source>
        <translation>Revue de piste d’audit %1 des événements %2 à %3 par %4, %5</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not name a change request&apos;s revision; write ID@REVISION, for example CR-2026-0001@1</source>
        <translation>« %1 » ne désigne pas une révision de demande de modification ; écrivez ID@RÉVISION, par exemple CR-2026-0001@1</translation>
    </message>
    <message>
        <source>there is no change request %1 with a revision %2</source>
        <translation>il n’y a pas de demande de modification %1 avec une révision %2</translation>
    </message>
    <message>
        <source>Change request %1, revision %2: %3</source>
        <translation>Demande de modification %1, révision %2 : %3</translation>
    </message>
    <message>
        <source>model %1 has no version %2 in this workspace</source>
        <translation>le modèle %1 n’a pas de version %2 dans cet espace de travail</translation>
    </message>
    <message>
        <source>change request %1, revision %2, has not been evaluated; there is nothing to decide on yet</source>
        <translation>la demande de modification %1, révision %2, n’a pas été évaluée ; il n’y a encore rien à décider</translation>
    </message>
    <message>
        <source>Change request %1, revision %2 (%3 version %4 against %5), its evidence %6</source>
        <translation>Demande de modification %1, révision %2 (%3 version %4 contre %5), ses preuves %6</translation>
    </message>
    <message>
        <source>no baseline</source>
        <translation>pas de référence</translation>
    </message>
    <message>
        <source>there is no change request %1 in this workspace</source>
        <translation>il n’y a pas de demande de modification %1 dans cet espace de travail</translation>
    </message>
    <message>
        <source>Emergency rollback of change request %1: %2 version %3 out of production, version %4 back</source>
        <translation>Retour arrière d’urgence de la demande de modification %1 : %2 version %3 retirée de la production, version %4 rétablie</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not name a PCCP version; write MODEL@VERSION, for example sepsis-risk@1</source>
        <translation>« %1 » ne désigne pas une version de PCCP ; écrivez MODÈLE@VERSION, par exemple sepsis-risk@1</translation>
    </message>
    <message>
        <source>model %1 has no PCCP version %2 in this workspace</source>
        <translation>le modèle %1 n’a pas de version de PCCP %2 dans cet espace de travail</translation>
    </message>
    <message>
        <source>PCCP of %1, version %2: %3</source>
        <translation>PCCP de %1, version %2 : %3</translation>
    </message>
    <message>
        <source>Audit-trail review</source>
        <translation>Revue de piste d’audit</translation>
    </message>
    <message>
        <source>Change request</source>
        <translation>Demande de modification</translation>
    </message>
    <message>
        <source>Change request decision</source>
        <translation>Décision sur demande de modification</translation>
    </message>
    <message>
        <source>Emergency rollback</source>
        <translation>Retour arrière d’urgence</translation>
    </message>
    <message>
        <source>PCCP</source>
        <translation>PCCP</translation>
    </message>
    <message>
        <source>records of type &quot;%1&quot; cannot be signed; signable types: %2</source>
        <translation>les enregistrements de type « %1 » ne peuvent pas être signés ; types signables : %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not name a record; write TYPE:ID, for example audit-review:2</source>
        <translation>« %1 » ne désigne pas un enregistrement ; écrivez TYPE:ID, par exemple audit-review:2</translation>
    </message>
</context>
<context>
    <name>cs::SignatureManifest</name>
    <message>
        <source>the signature manifest is not JSON: %1</source>
        <translation>le manifeste de signature n’est pas du JSON : %1</translation>
    </message>
    <message>
        <source>the signature manifest has an unknown format &quot;%1&quot;</source>
        <translation>le manifeste de signature a un format inconnu « %1 »</translation>
    </message>
    <message>
        <source>the signature manifest is incomplete</source>
        <translation>le manifeste de signature est incomplet</translation>
    </message>
    <message>
        <source>the signature manifest is not in canonical form (it was re-encoded or has extra fields)</source>
        <translation>le manifeste de signature n’est pas sous forme canonique (il a été réencodé ou a des champs en trop)</translation>
    </message>
</context>
<context>
    <name>cs::SignaturePolicy</name>
    <message>
        <source> or </source>
        <translation> ou </translation>
    </message>
    <message>
        <source>a %1 cannot be signed as &quot;%2&quot;; it takes %3</source>
        <translation>un %1 ne peut pas être signé comme « %2 » ; il accepte %3</translation>
    </message>
    <message>
        <source>only a %1 may sign a %2 as &quot;%3&quot;; %4 holds none of these roles</source>
        <translation>seul un %1 peut signer un %2 comme « %3 » ; %4 n’a aucun de ces rôles</translation>
    </message>
    <message>
        <source>%1 is the author of %2 %3 and cannot also sign it as &quot;%4&quot; (separation of duties)</source>
        <translation>%1 est l’auteur de %2 %3 et ne peut pas aussi le signer comme « %4 » (séparation des tâches)</translation>
    </message>
    <message>
        <source>only the author of %1 %2, %3, may sign it as &quot;%4&quot;</source>
        <translation>seul l’auteur de %1 %2, %3, peut le signer comme « %4 »</translation>
    </message>
    <message>
        <source>%1 %2 is not signed as &quot;%3&quot; yet; it can be signed as &quot;%4&quot; only after that</source>
        <translation>%1 %2 n’est pas encore signé comme « %3 » ; il ne peut être signé comme « %4 » qu’après</translation>
    </message>
    <message>
        <source>%1 already signed %2 %3 as &quot;%4&quot;</source>
        <translation>%1 a déjà signé %2 %3 comme « %4 »</translation>
    </message>
    <message>
        <source>%1 signed %2 %3 as &quot;%4&quot;; &quot;%5&quot; must come from someone else (separation of duties)</source>
        <translation>%1 a signé %2 %3 comme « %4 » ; « %5 » doit venir de quelqu’un d’autre (séparation des tâches)</translation>
    </message>
</context>
<context>
    <name>cs::SignatureQuery</name>
    <message>
        <source>there is no signature %1</source>
        <translation>il n’y a pas de signature %1</translation>
    </message>
</context>
<context>
    <name>cs::SignatureVerifier</name>
    <message>
        <source>the stored signer certificate</source>
        <translation>le certificat du signataire enregistré</translation>
    </message>
    <message>
        <source>the signature was made in another workspace (%1)</source>
        <translation>la signature a été faite dans un autre espace de travail (%1)</translation>
    </message>
    <message>
        <source>the signature was made for %1 %2 but is attached to %3 %4: it was moved to another record</source>
        <translation>la signature a été faite pour %1 %2 mais est attachée à %3 %4 : elle a été déplacée vers un autre enregistrement</translation>
    </message>
    <message>
        <source>the stored meaning, signer or time differ from what was signed</source>
        <translation>la signification, le signataire ou l’heure enregistrés diffèrent de ce qui a été signé</translation>
    </message>
    <message>
        <source>the signed record %1 %2 cannot be read: %3</source>
        <translation>l’enregistrement signé %1 %2 ne peut pas être lu : %3</translation>
    </message>
    <message>
        <source>%1 %2 was changed after it was signed: its content no longer matches the signed SHA-256</source>
        <translation>%1 %2 a été modifié après sa signature : son contenu ne correspond plus au SHA-256 signé</translation>
    </message>
    <message>
        <source>the audit trail at event %1 does not match the chain head recorded when it was signed</source>
        <translation>la piste d’audit à l’événement %1 ne correspond pas à la tête de chaîne enregistrée lors de la signature</translation>
    </message>
</context>
<context>
    <name>cs::SignedNote</name>
    <message>
        <source>verifier key must read &lt;name&gt;+&lt;key id&gt;+&lt;key&gt;</source>
        <translation>la clé de vérification doit avoir la forme &lt;nom&gt;+&lt;id de clé&gt;+&lt;clé&gt;</translation>
    </message>
    <message>
        <source>verifier key does not hold an Ed25519 public key</source>
        <translation>la clé de vérification ne contient pas de clé publique Ed25519</translation>
    </message>
    <message>
        <source>verifier key id does not match its name and key</source>
        <translation>l’identifiant de la clé de vérification ne correspond pas à son nom et sa clé</translation>
    </message>
    <message>
        <source>verifier key id must be 8 lower-case hex digits</source>
        <translation>l’identifiant de la clé de vérification doit comporter 8 chiffres hexadécimaux en minuscules</translation>
    </message>
    <message>
        <source>invalid note key name &quot;%1&quot;</source>
        <translation>nom de clé de note « %1 » invalide</translation>
    </message>
    <message>
        <source>note text must end in a newline and hold no blank lines or control characters</source>
        <translation>le texte de la note doit finir par un saut de ligne et ne contenir ni ligne vide ni caractère de contrôle</translation>
    </message>
    <message>
        <source>Ed25519 signing failed</source>
        <translation>échec de la signature Ed25519</translation>
    </message>
    <message>
        <source>%1: note is larger than 1 MiB</source>
        <translation>%1 : la note dépasse 1 Mio</translation>
    </message>
    <message>
        <source>%1: note is not valid UTF-8 text</source>
        <translation>%1 : la note n’est pas du texte UTF-8 valide</translation>
    </message>
    <message>
        <source>%1: not a signed note (no blank line before the signatures)</source>
        <translation>%1 : pas une note signée (pas de ligne vide avant les signatures)</translation>
    </message>
    <message>
        <source>%1: note has too many signatures</source>
        <translation>%1 : la note a trop de signatures</translation>
    </message>
    <message>
        <source>%1: malformed signature line &quot;%2&quot;</source>
        <translation>%1 : ligne de signature mal formée « %2 »</translation>
    </message>
    <message>
        <source>%1: note has no signature</source>
        <translation>%1 : la note n’a pas de signature</translation>
    </message>
    <message>
        <source>%1: the signature by %2 does not verify (the note was altered)</source>
        <translation>%1 : la signature de %2 ne se vérifie pas (la note a été modifiée)</translation>
    </message>
    <message>
        <source>%1: not signed by this workspace&apos;s key (%2)</source>
        <translation>%1 : non signée par la clé de cet espace de travail (%2)</translation>
    </message>
</context>
<context>
    <name>cs::SignerCheck</name>
    <message>
        <source>certificate &quot;%1&quot; is not enrolled for %2; enroll it first (Certificates &gt; Enroll)</source>
        <translation>le certificat « %1 » n’est pas enregistré pour %2 ; enregistrez-le d’abord (Certificats &gt; Enregistrer)</translation>
    </message>
    <message>
        <source>the private key in the file does not belong to certificate &quot;%1&quot;</source>
        <translation>la clé privée du fichier n’appartient pas au certificat « %1 »</translation>
    </message>
</context>
<context>
    <name>cs::Signing</name>
    <message>
        <source>the reason is longer than 2000 characters</source>
        <translation>la raison dépasse 2000 caractères</translation>
    </message>
</context>
<context>
    <name>cs::SqliteOpener</name>
    <message>
        <source>cannot open %1: %2</source>
        <translation>impossible d’ouvrir %1 : %2</translation>
    </message>
    <message>
        <source>reading the file header</source>
        <translation>lecture de l’en-tête du fichier</translation>
    </message>
    <message>
        <source>%1: cannot switch the workspace to write-ahead logging</source>
        <translation>%1 : impossible de passer l’espace de travail en journalisation anticipée</translation>
    </message>
    <message>
        <source>configuring the workspace</source>
        <translation>configuration de l’espace de travail</translation>
    </message>
    <message>
        <source>%1 is damaged: SQLite cannot run its integrity check (%2)</source>
        <translation>%1 est endommagé : SQLite ne peut pas lancer sa vérification d’intégrité (%2)</translation>
    </message>
    <message>
        <source>%1 is damaged: SQLite&apos;s integrity check failed (%2); restore it from a backup</source>
        <translation>%1 est endommagé : la vérification d’intégrité de SQLite a échoué (%2) ; restaurez-le depuis une sauvegarde</translation>
    </message>
    <message>
        <source>%1 is damaged: its list of tables cannot be read (%2)</source>
        <translation>%1 est endommagé : sa liste de tables ne peut pas être lue (%2)</translation>
    </message>
    <message>
        <source>no workspace at %1 (the file does not exist)</source>
        <translation>aucun espace de travail à %1 (le fichier n’existe pas)</translation>
    </message>
    <message>
        <source>%1 is a folder, not a workspace file</source>
        <translation>%1 est un dossier, pas un fichier d’espace de travail</translation>
    </message>
    <message>
        <source>%1 is read-only; open it read-only to review it, or make it writable</source>
        <translation>%1 est en lecture seule ; ouvrez-le en lecture seule pour le consulter, ou rendez-le modifiable</translation>
    </message>
    <message>
        <source>the folder holding %1 is read-only; the workspace needs to write its journal there</source>
        <translation>le dossier contenant %1 est en lecture seule ; l’espace de travail doit y écrire son journal</translation>
    </message>
    <message>
        <source>%1 is not a Countersign workspace (it is not an SQLite database)</source>
        <translation>%1 n’est pas un espace de travail Countersign (ce n’est pas une base SQLite)</translation>
    </message>
    <message>
        <source>%1 is an SQLite database but not a Countersign workspace</source>
        <translation>%1 est une base SQLite mais pas un espace de travail Countersign</translation>
    </message>
    <message>
        <source>opening</source>
        <translation>ouverture</translation>
    </message>
    <message>
        <source>%1 is locked by another program that is writing to it; close the workspace there and try again</source>
        <translation>%1 est verrouillé par un autre programme qui y écrit ; fermez l’espace de travail là-bas et réessayez</translation>
    </message>
    <message>
        <source>%1 already exists</source>
        <translation>%1 existe déjà</translation>
    </message>
    <message>
        <source>creating the workspace</source>
        <translation>création de l’espace de travail</translation>
    </message>
</context>
<context>
    <name>cs::StoreCopy</name>
    <message>
        <source>reading the columns of %1</source>
        <translation>lecture des colonnes de %1</translation>
    </message>
    <message>
        <source>reading %1</source>
        <translation>lecture de %1</translation>
    </message>
    <message>
        <source>copying %1</source>
        <translation>copie de %1</translation>
    </message>
    <message>
        <source>%1: the copy has a column %2 that %3 lacks</source>
        <translation>%1 : la copie a une colonne %2 absente de %3</translation>
    </message>
    <message>
        <source>numbering %1</source>
        <translation>numérotation de %1</translation>
    </message>
    <message>
        <source>finishing the copy</source>
        <translation>finalisation de la copie</translation>
    </message>
    <message>
        <source>removing the failed copy</source>
        <translation>suppression de la copie échouée</translation>
    </message>
</context>
<context>
    <name>cs::StoredComparison</name>
    <message>
        <source>dataset &quot;%1&quot; has no predictions</source>
        <translation>le jeu de données « %1 » n’a pas de prédictions</translation>
    </message>
    <message>
        <source>versions of several models have predictions on dataset &quot;%1&quot; (%2): give --model</source>
        <translation>des versions de plusieurs modèles ont des prédictions sur le jeu de données « %1 » (%2) : indiquez --model</translation>
    </message>
    <message>
        <source>version %1 of model &quot;%2&quot; has no predictions on dataset &quot;%3&quot;</source>
        <translation>la version %1 du modèle « %2 » n’a pas de prédictions sur le jeu de données « %3 »</translation>
    </message>
    <message>
        <source>dataset &quot;%1&quot;, row %2: %3</source>
        <translation>jeu de données « %1 », ligne %2 : %3</translation>
    </message>
    <message>
        <source>there is no dataset &quot;%1&quot; in this workspace</source>
        <translation>il n’y a pas de jeu de données « %1 » dans cet espace de travail</translation>
    </message>
    <message>
        <source>dataset &quot;%1&quot; has no subgroup column &quot;%2&quot; (it has %3)</source>
        <translation>le jeu de données « %1 » n’a pas de colonne de sous-groupe « %2 » (il a %3)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>dataset &quot;%1&quot; has %2 samples; a comparison takes at most %3</source>
        <translation>le jeu de données « %1 » a %2 échantillons ; une comparaison en prend au plus %3</translation>
    </message>
    <message>
        <source>version %1 of model &quot;%2&quot; has no score for row %3 of dataset &quot;%4&quot;</source>
        <translation>la version %1 du modèle « %2 » n’a pas de score pour la ligne %3 du jeu de données « %4 »</translation>
    </message>
    <message>
        <source>dataset &quot;%1&quot;: subgroup column &quot;%2&quot; has more than 65,535 distinct values; a subgroup column takes at most 65,535</source>
        <translation>jeu de données « %1 » : la colonne de sous-groupes « %2 » a plus de 65 535 valeurs distinctes ; une colonne de sous-groupes en admet au plus 65 535</translation>
    </message>
    <message>
        <source>dataset &quot;%1&quot;: row %2 has a label but no subgroups kept for the statistics; run verify</source>
        <translation>jeu de données « %1 » : la ligne %2 a une étiquette mais aucun sous-groupe conservé pour les statistiques ; lancez verify</translation>
    </message>
</context>
<context>
    <name>cs::TrustCommands</name>
    <message>
        <source>enroll a signing certificate</source>
        <translation>enregistrer un certificat de signature</translation>
    </message>
    <message>
        <source>the private key does not belong to certificate &quot;%1&quot;</source>
        <translation>la clé privée n’appartient pas au certificat « %1 »</translation>
    </message>
    <message>
        <source>this certificate is already enrolled (by %1)</source>
        <translation>ce certificat est déjà enregistré (par %1)</translation>
    </message>
    <message>
        <source>add a trusted CA</source>
        <translation>ajouter une AC de confiance</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a CA certificate (its basic constraints do not allow issuing certificates)</source>
        <translation>« %1 » n’est pas un certificat d’AC (ses contraintes de base ne permettent pas d’émettre des certificats)</translation>
    </message>
    <message>
        <source>the CA certificate &quot;%1&quot; expired on %2</source>
        <translation>le certificat d’AC « %1 » a expiré le %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is already trusted</source>
        <translation>« %1 » est déjà de confiance</translation>
    </message>
    <message>
        <source>add a certificate revocation list</source>
        <translation>ajouter une liste de révocation de certificats</translation>
    </message>
    <message>
        <source>the revocation list of &quot;%1&quot; is not signed by a CA in the trust store</source>
        <translation>la liste de révocation de « %1 » n’est pas signée par une AC du magasin de confiance</translation>
    </message>
    <message>
        <source>this revocation list (issued %1) is not newer than the one in force (issued %2)</source>
        <translation>cette liste de révocation (émise le %1) n’est pas plus récente que celle en vigueur (émise le %2)</translation>
    </message>
</context>
<context>
    <name>cs::UserCommands</name>
    <message>
        <source>a reason is required to %1</source>
        <translation>une raison est requise pour %1</translation>
    </message>
    <message>
        <source>refused: %1 is the last active administrator of this workspace</source>
        <translation>refusé : %1 est le dernier administrateur actif de cet espace de travail</translation>
    </message>
    <message>
        <source>username &quot;%1&quot; is taken (by %2, %3); usernames are never reused</source>
        <translation>le nom d’utilisateur « %1 » est pris (par %2, %3) ; les noms d’utilisateur ne sont jamais réutilisés</translation>
    </message>
    <message>
        <source>add user %1</source>
        <translation>ajouter l’utilisateur %1</translation>
    </message>
    <message>
        <source>change user %1</source>
        <translation>modifier l’utilisateur %1</translation>
    </message>
    <message>
        <source>nothing to change for user %1</source>
        <translation>rien à modifier pour l’utilisateur %1</translation>
    </message>
    <message>
        <source>unlock user %1</source>
        <translation>déverrouiller l’utilisateur %1</translation>
    </message>
    <message>
        <source>lock user %1</source>
        <translation>verrouiller l’utilisateur %1</translation>
    </message>
    <message>
        <source>disable user %1</source>
        <translation>désactiver l’utilisateur %1</translation>
    </message>
    <message>
        <source>you cannot change the status of your own account; another administrator must do it</source>
        <translation>vous ne pouvez pas changer l’état de votre propre compte ; un autre administrateur doit le faire</translation>
    </message>
    <message>
        <source>user %1 is already %2</source>
        <translation>l’utilisateur %1 est déjà %2</translation>
    </message>
    <message>
        <source>change your password</source>
        <translation>changer votre mot de passe</translation>
    </message>
    <message>
        <source>the current password is not correct</source>
        <translation>le mot de passe actuel est incorrect</translation>
    </message>
    <message>
        <source>the new password must differ from the current one</source>
        <translation>le nouveau mot de passe doit différer de l’actuel</translation>
    </message>
    <message>
        <source>reset the password of %1</source>
        <translation>réinitialiser le mot de passe de %1</translation>
    </message>
    <message>
        <source>change your own password with your current one, not by a reset</source>
        <translation>changez votre propre mot de passe avec l’actuel, pas par une réinitialisation</translation>
    </message>
</context>
<context>
    <name>cs::UserRules</name>
    <message>
        <source>username &quot;%1&quot; is not valid: use 2 to 32 lower-case letters, digits, &quot;.&quot;, &quot;_&quot; or &quot;-&quot;, starting with a letter</source>
        <translation>le nom d’utilisateur « %1 » n’est pas valide : utilisez de 2 à 32 lettres minuscules, chiffres, « . », « _ » ou « - », en commençant par une lettre</translation>
    </message>
    <message>
        <source>username &quot;%1&quot; is reserved for Countersign</source>
        <translation>le nom d’utilisateur « %1 » est réservé à Countersign</translation>
    </message>
    <message>
        <source>full name &quot;%1&quot; is not valid: give the printed name, 2 to 120 characters, without leading or trailing spaces</source>
        <translation>le nom complet « %1 » n’est pas valide : indiquez le nom imprimé, de 2 à 120 caractères, sans espace au début ni à la fin</translation>
    </message>
    <message>
        <source>e-mail address &quot;%1&quot; is not valid</source>
        <translation>l’adresse e-mail « %1 » n’est pas valide</translation>
    </message>
    <message>
        <source>give at least one role</source>
        <translation>indiquez au moins un rôle</translation>
    </message>
    <message>
        <source>unknown role &quot;%1&quot;; roles are %2</source>
        <translation>rôle « %1 » inconnu ; les rôles sont %2</translation>
    </message>
</context>
<context>
    <name>cs::UserStatus</name>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Verrouillé</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Désactivé</translation>
    </message>
</context>
<context>
    <name>cs::VerificationReport</name>
    <message>
        <source>Audit trail intact: %1 events verified, chain head %2</source>
        <translation>Piste d’audit intacte : %1 événements vérifiés, tête de chaîne %2</translation>
    </message>
    <message>
        <source>, %1 checkpoints consistent</source>
        <translation>, %1 points de contrôle cohérents</translation>
    </message>
    <message>
        <source>Audit trail BROKEN at event %1: %2</source>
        <translation>Piste d’audit ROMPUE à l’événement %1 : %2</translation>
    </message>
    <message>
        <source>Audit trail BROKEN: %1</source>
        <translation>Piste d’audit ROMPUE : %1</translation>
    </message>
    <message>
        <source> (%1 findings in all)</source>
        <translation> (%1 constats en tout)</translation>
    </message>
</context>
<context>
    <name>cs::VersionDiff</name>
    <message>
        <source>model %1 has no version %2 in this workspace</source>
        <translation>le modèle %1 n’a pas de version %2 dans cet espace de travail</translation>
    </message>
</context>
<context>
    <name>cs::WindowPerformance</name>
    <message>
        <source>the minimum of positives for a subgroup cannot be negative (%1)</source>
        <translation>le minimum de positifs pour un sous-groupe ne peut pas être négatif (%1)</translation>
    </message>
    <message>
        <source>given</source>
        <translation>fourni</translation>
    </message>
    <message>
        <source>version %1 of %2 was not released through a change request, so its operating threshold is unknown; give the threshold to measure window %3 at</source>
        <translation>la version %1 de %2 n’a pas été mise en production par une demande de modification, son seuil de fonctionnement est donc inconnu ; indiquez le seuil auquel mesurer la fenêtre %3</translation>
    </message>
</context>
<context>
    <name>cs::Workspace</name>
    <message>
        <source>record a sign-in attempt</source>
        <translation>enregistrer une tentative de connexion</translation>
    </message>
    <message>
        <source>create the workspace</source>
        <translation>créer l’espace de travail</translation>
    </message>
    <message>
        <source>the person who creates a workspace must be its administrator</source>
        <translation>la personne qui crée un espace de travail doit en être l’administrateur</translation>
    </message>
    <message>
        <source>create the first administrator</source>
        <translation>créer le premier administrateur</translation>
    </message>
    <message>
        <source>this workspace already has accounts; an administrator adds people</source>
        <translation>cet espace de travail a déjà des comptes ; un administrateur ajoute les personnes</translation>
    </message>
    <message>
        <source>the first account of a workspace must hold the administrator role</source>
        <translation>le premier compte d’un espace de travail doit avoir le rôle d’administrateur</translation>
    </message>
    <message>
        <source>upgrade the workspace schema</source>
        <translation>mettre à niveau le schéma de l’espace de travail</translation>
    </message>
    <message>
        <source>sign in to %1</source>
        <translation>se connecter à %1</translation>
    </message>
    <message>
        <source>there is no account &quot;%1&quot;</source>
        <translation>il n’y a pas de compte « %1 »</translation>
    </message>
    <message>
        <source>%1 cannot %2: the account is %3</source>
        <translation>%1 ne peut pas %2 : le compte est %3</translation>
    </message>
    <message>
        <source>change your password before you %1</source>
        <translation>changez votre mot de passe avant de %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; recorded no audit event; refused</source>
        <translation>« %1 » n’a enregistré aucun événement d’audit ; refusé</translation>
    </message>
    <message>
        <source>&quot;%1&quot; wrote records after its last audit event, which would leave them unsealed; refused</source>
        <translation>« %1 » a écrit des enregistrements après son dernier événement d’audit, ce qui les laisserait non scellés ; refusé</translation>
    </message>
    <message>
        <source>%1 already exists; choose another name</source>
        <translation>%1 existe déjà ; choisissez un autre nom</translation>
    </message>
    <message>
        <source>a key file %1 already exists beside the new workspace; move it away first</source>
        <translation>un fichier de clé %1 existe déjà à côté du nouvel espace de travail ; déplacez-le d’abord</translation>
    </message>
    <message>
        <source>cannot create %1 (renaming the new file into place failed)</source>
        <translation>impossible de créer %1 (le renommage du nouveau fichier a échoué)</translation>
    </message>
    <message>
        <source>cannot create the folder for the workspace&apos;s key (%1)</source>
        <translation>impossible de créer le dossier de la clé de l’espace de travail (%1)</translation>
    </message>
    <message>
        <source>%1 was created, but its checkpoint key could not be saved (%2); checkpoints cannot be signed until it is restored</source>
        <translation>%1 a été créé, mais sa clé de point de contrôle n’a pas pu être enregistrée (%2) ; les points de contrôle ne pourront être signés qu’après sa restauration</translation>
    </message>
    <message>
        <source>%1 is not a Countersign workspace (it has no schema)</source>
        <translation>%1 n’est pas un espace de travail Countersign (il n’a pas de schéma)</translation>
    </message>
    <message>
        <source>%1 was written by a newer Countersign (schema %2; this version reads up to schema %3); it was not changed. Update Countersign.</source>
        <translation>%1 a été écrit par un Countersign plus récent (schéma %2 ; cette version lit jusqu’au schéma %3) ; il n’a pas été modifié. Mettez à jour Countersign.</translation>
    </message>
    <message>
        <source>%1 uses schema %2 and must be upgraded to schema %3; open it read-write once to upgrade it</source>
        <translation>%1 utilise le schéma %2 et doit être mis à niveau vers le schéma %3 ; ouvrez-le une fois en écriture pour le mettre à niveau</translation>
    </message>
    <message>
        <source>%1 is damaged: its identity (workspace id and public key) is missing</source>
        <translation>%1 est endommagé : son identité (identifiant d’espace de travail et clé publique) manque</translation>
    </message>
    <message>
        <source>the session locked after %1 minutes without activity; enter your password to continue</source>
        <translation>la session s’est verrouillée après %1 minutes d’inactivité ; saisissez votre mot de passe pour continuer</translation>
    </message>
    <message>
        <source>the user ID or password is not correct</source>
        <translation>l’identifiant utilisateur ou le mot de passe est incorrect</translation>
    </message>
    <message>
        <source>the account %1 is disabled</source>
        <translation>le compte %1 est désactivé</translation>
    </message>
    <message>
        <source>the account %1 is locked after %2 failed sign-in attempts; only an administrator can unlock it</source>
        <translation>le compte %1 est verrouillé après %2 tentatives de connexion échouées ; seul un administrateur peut le déverrouiller</translation>
    </message>
    <message>
        <source>the account %1 is now locked after %2 failed attempts; an administrator must unlock it</source>
        <translation>le compte %1 est maintenant verrouillé après %2 tentatives échouées ; un administrateur doit le déverrouiller</translation>
    </message>
    <message>
        <source>sign in first</source>
        <translation>connectez-vous d’abord</translation>
    </message>
    <message>
        <source>you are signed in as %1; only %1 can sign in this session</source>
        <translation>vous êtes connecté en tant que %1 ; seul %1 peut se connecter dans cette session</translation>
    </message>
    <message>
        <source>nobody is signed in</source>
        <translation>personne n’est connecté</translation>
    </message>
    <message>
        <source>the account %1 is %2</source>
        <translation>le compte %1 est %2</translation>
    </message>
    <message>
        <source>verification stopped at the damage: %1</source>
        <translation>la vérification s’est arrêtée au dommage : %1</translation>
    </message>
    <message>
        <source>the key file could not be read: %1</source>
        <translation>le fichier de clé n’a pas pu être lu : %1</translation>
    </message>
    <message>
        <source>the key file %1 belongs to another workspace: its public key is not the one this workspace recorded at creation</source>
        <translation>le fichier de clé %1 appartient à un autre espace de travail : sa clé publique n’est pas celle enregistrée à la création de cet espace de travail</translation>
    </message>
    <message>
        <source>the key file %1 does not belong to this workspace</source>
        <translation>le fichier de clé %1 n’appartient pas à cet espace de travail</translation>
    </message>
</context>
<context>
    <name>cs::WorkspaceKeyFile</name>
    <message>
        <source>the workspace signing key %1 is missing; checkpoints cannot be signed without it (restore it from your key backup)</source>
        <translation>la clé de signature %1 de l’espace de travail manque ; sans elle les points de contrôle ne peuvent pas être signés (restaurez-la depuis votre sauvegarde de clés)</translation>
    </message>
    <message>
        <source>cannot read the workspace signing key %1: %2</source>
        <translation>impossible de lire la clé de signature %1 de l’espace de travail : %2</translation>
    </message>
</context>
<context>
    <name>cs::WorkspaceMigration</name>
    <message>
        <source>the checkpoint key %1 is not on this machine; copy it to %2 to sign checkpoints there</source>
        <translation>la clé de point de contrôle %1 n’est pas sur cette machine ; copiez-la vers %2 pour y signer des points de contrôle</translation>
    </message>
    <message>
        <source>the checkpoint key is already at %1</source>
        <translation>la clé de point de contrôle est déjà à %1</translation>
    </message>
    <message>
        <source>the checkpoint key could not be copied to %1; copy %2 there</source>
        <translation>la clé de point de contrôle n’a pas pu être copiée vers %1 ; copiez-y %2</translation>
    </message>
    <message>
        <source>the checkpoint key was copied to %1</source>
        <translation>la clé de point de contrôle a été copiée vers %1</translation>
    </message>
    <message>
        <source>%1 uses schema %2: open it read-write once to upgrade it, then migrate</source>
        <translation>%1 utilise le schéma %2 : ouvrez-le une fois en écriture pour le mettre à niveau, puis migrez</translation>
    </message>
    <message>
        <source>%1 does not verify (%2); it was not copied</source>
        <translation>%1 ne se vérifie pas (%2) ; il n’a pas été copié</translation>
    </message>
    <message>
        <source>%1 already exists; choose another name</source>
        <translation>%1 existe déjà ; choisissez un autre nom</translation>
    </message>
    <message>
        <source>cannot create %1 (renaming the copy into place failed)</source>
        <translation>impossible de créer %1 (le renommage de la copie a échoué)</translation>
    </message>
    <message>
        <source>the copy at %1 did not verify as %2 does (%3); it was removed</source>
        <translation>la copie à %1 ne s’est pas vérifiée comme %2 (%3) ; elle a été supprimée</translation>
    </message>
</context>
<context>
    <name>cs::WorkspaceSettings</name>
    <message>
        <source>Organisation name printed on reports and change-control packages</source>
        <translation>Nom de l’organisation imprimé sur les rapports et les dossiers de maîtrise des modifications</translation>
    </message>
    <message>
        <source>Minutes of inactivity after which the window locks and needs the password again</source>
        <translation>Minutes d’inactivité après lesquelles la fenêtre se verrouille et redemande le mot de passe</translation>
    </message>
    <message>
        <source>Consecutive failed sign-ins that lock an account</source>
        <translation>Connexions échouées consécutives qui verrouillent un compte</translation>
    </message>
    <message>
        <source>Shortest password accepted</source>
        <translation>Mot de passe le plus court accepté</translation>
    </message>
    <message>
        <source>Days after which a password must be changed (0: never)</source>
        <translation>Jours après lesquels un mot de passe doit être changé (0 : jamais)</translation>
    </message>
    <message>
        <source>Days between audit-trail reviews before a review is overdue</source>
        <translation>Jours entre les revues de piste d’audit avant qu’une revue soit en retard</translation>
    </message>
    <message>
        <source>Days within which an emergency rollback must be reviewed and signed before it is overdue</source>
        <translation>Jours dans lesquels un retour arrière d’urgence doit être revu et signé avant d’être en retard</translation>
    </message>
    <message>
        <source>setting %1 takes a whole number</source>
        <translation>le paramètre %1 prend un nombre entier</translation>
    </message>
    <message>
        <source>setting %1 must be between %2 and %3</source>
        <translation>le paramètre %1 doit être entre %2 et %3</translation>
    </message>
    <message>
        <source>setting %1 takes text</source>
        <translation>le paramètre %1 prend du texte</translation>
    </message>
    <message>
        <source>setting %1 must be at most %2 characters long</source>
        <translation>le paramètre %1 doit comporter au plus %2 caractères</translation>
    </message>
    <message>
        <source>there is no setting called %1</source>
        <translation>il n’existe pas de paramètre nommé %1</translation>
    </message>
    <message>
        <source>setting %1 takes a whole number, not &quot;%2&quot;</source>
        <translation>le paramètre %1 prend un nombre entier, et non « %2 »</translation>
    </message>
</context>
<context>
    <name>cs::YamlJson</name>
    <message>
        <source>nested more than %1 levels deep</source>
        <translation>imbriqué sur plus de %1 niveaux</translation>
    </message>
    <message>
        <source>an alias refers to a node that contains it (the document would be endless)</source>
        <translation>un alias renvoie à un nœud qui le contient (le document serait infini)</translation>
    </message>
    <message>
        <source>a key is not plain text</source>
        <translation>une clé n’est pas du texte simple</translation>
    </message>
    <message>
        <source>its aliases expand to more than %1 values</source>
        <translation>ses alias se développent en plus de %1 valeurs</translation>
    </message>
    <message>
        <source>its aliases expand to more than %1 MiB of text</source>
        <translation>ses alias se développent en plus de %1 Mio de texte</translation>
    </message>
    <message>
        <source>%1, line %2: %3; refused</source>
        <translation>%1, ligne %2 : %3 ; refusé</translation>
    </message>
    <message>
        <source>%1, line %2, column %3: not valid YAML (%4)</source>
        <translation>%1, ligne %2, colonne %3 : YAML non valide (%4)</translation>
    </message>
</context>
<context>
    <name>cs::attachEvidence</name>
    <message>
        <source>%1: this %2 is already attached to %3 (on %4); nothing changed</source>
        <translation>%1 : ce %2 est déjà joint à %3 (le %4) ; rien n’a changé</translation>
    </message>
</context>
<context>
    <name>cs::cli::ChangeRequestCli</name>
    <message>
        <source>One line saying what the change is.</source>
        <translation>Une ligne qui dit en quoi consiste la modification.</translation>
    </message>
    <message>
        <source>What triggered it: the alert, report or plan it answers.</source>
        <translation>Ce qui l’a déclenchée : l’alerte, le rapport ou le plan auquel elle répond.</translation>
    </message>
    <message>
        <source>What changes.</source>
        <translation>Ce qui change.</translation>
    </message>
    <message>
        <source>Why.</source>
        <translation>Pourquoi.</translation>
    </message>
    <message>
        <source>Why the change is minor or major.</source>
        <translation>Pourquoi la modification est mineure ou majeure.</translation>
    </message>
    <message>
        <source>Expected benefits.</source>
        <translation>Bénéfices attendus.</translation>
    </message>
    <message>
        <source>Risks considered, including bias across patient subgroups.</source>
        <translation>Risques envisagés, y compris les biais entre sous-groupes de patients.</translation>
    </message>
    <message>
        <source>Mitigations.</source>
        <translation>Mesures d’atténuation.</translation>
    </message>
    <message>
        <source>The residual-risk judgement.</source>
        <translation>Le jugement sur le risque résiduel.</translation>
    </message>
    <message>
        <source>The version to return to (default: the baseline).</source>
        <translation>La version à laquelle revenir (par défaut : la version de référence).</translation>
    </message>
    <message>
        <source>What would trigger a rollback.</source>
        <translation>Ce qui déclencherait un retour arrière.</translation>
    </message>
    <message>
        <source>Read --%1 from a UTF-8 file.</source>
        <translation>Lire --%1 depuis un fichier UTF-8.</translation>
    </message>
    <message>
        <source>drift-alert, performance-review, scheduled-retraining, problem-report, new-data or other.</source>
        <translation>drift-alert, performance-review, scheduled-retraining, problem-report, new-data ou other.</translation>
    </message>
    <message>
        <source>minor or major.</source>
        <translation>minor ou major.</translation>
    </message>
    <message>
        <source>The modification of the PCCP in force this change falls under (its id), or &quot;outside&quot; (it then needs a new regulatory submission).</source>
        <translation>La modification du PCCP en vigueur dont relève ce changement (son identifiant), ou « outside » (il faut alors une nouvelle soumission réglementaire).</translation>
    </message>
    <message>
        <source>The locked validation set.</source>
        <translation>Le jeu de validation verrouillé.</translation>
    </message>
    <message>
        <source>A challenge set (repeatable).</source>
        <translation>Un jeu de test difficile (répétable).</translation>
    </message>
    <message>
        <source>The operating threshold of both versions.</source>
        <translation>Le seuil de fonctionnement des deux versions.</translation>
    </message>
    <message>
        <source>The candidate&apos;s threshold.</source>
        <translation>Le seuil du candidat.</translation>
    </message>
    <message>
        <source>The baseline&apos;s threshold.</source>
        <translation>Le seuil de la version de référence.</translation>
    </message>
    <message>
        <source>The originally cleared version, a second comparator (&quot;none&quot; for none; default: the version of the model&apos;s first release, unless it is the baseline).</source>
        <translation>La version autorisée à l’origine, second comparateur (« none » pour aucun ; par défaut : la version de la première mise en production du modèle, sauf si c’est la version de référence).</translation>
    </message>
    <message>
        <source>The originally cleared version&apos;s threshold (default: the one it was released with, else the baseline&apos;s).</source>
        <translation>Le seuil de la version autorisée à l’origine (par défaut : celui avec lequel elle a été mise en production, sinon celui de la référence).</translation>
    </message>
    <message>
        <source>Significance level (default 0.05).</source>
        <translation>Niveau de signification (0,05 par défaut).</translation>
    </message>
    <message>
        <source>Non-inferiority margin for %1.</source>
        <translation>Marge de non-infériorité pour %1.</translation>
    </message>
    <message>
        <source>A subgroup column (repeatable).</source>
        <translation>Une colonne de sous-groupe (répétable).</translation>
    </message>
    <message>
        <source>Fewest positives for a subgroup verdict (default 10).</source>
        <translation>Nombre minimal de positifs pour un verdict de sous-groupe (10 par défaut).</translation>
    </message>
    <message>
        <source>--%1: &quot;%2&quot; is not a number</source>
        <translation>--%1 : « %2 » n’est pas un nombre</translation>
    </message>
    <message>
        <source>--%1-file: cannot read %2: %3</source>
        <translation>--%1-file : impossible de lire %2 : %3</translation>
    </message>
    <message>
        <source>--trigger: &quot;%1&quot; is not a trigger kind</source>
        <translation>--trigger : « %1 » n’est pas un type de déclencheur</translation>
    </message>
    <message>
        <source>--class: minor or major, not &quot;%1&quot;</source>
        <translation>--class : minor ou major, pas « %1 »</translation>
    </message>
    <message>
        <source>--cleared-threshold: the request names no originally cleared version; give --cleared V as well</source>
        <translation>--cleared-threshold : la demande ne nomme aucune version autorisée à l’origine ; donnez aussi --cleared V</translation>
    </message>
    <message>
        <source>Open a change request for a candidate version. The baseline is the version in production now. The plan starts from what the workspace holds (the datasets with both versions&apos; predictions, their common subgroup columns, and the thresholds and margins of the request that put the baseline into production); the options given change it.</source>
        <translation>Ouvrir une demande de modification pour une version candidate. La version de référence est celle en production maintenant. Le plan part de ce que contient l’espace de travail (les jeux de données avec les prédictions des deux versions, leurs colonnes de sous-groupes communes, et les seuils et marges de la demande qui a mis la référence en production) ; les options données le modifient.</translation>
    </message>
    <message>
        <source>The model.</source>
        <translation>Le modèle.</translation>
    </message>
    <message>
        <source>The candidate version.</source>
        <translation>La version candidate.</translation>
    </message>
    <message>
        <source>Open a rollback request: the implemented request whose change it undoes (the candidate is then the version to return to).</source>
        <translation>Ouvrir une demande de retour arrière : la demande mise en œuvre dont elle annule la modification (le candidat est alors la version à laquelle revenir).</translation>
    </message>
    <message>
        <source>cr create: --model MODEL, --candidate V and --user USER are required</source>
        <translation>cr create : --model MODEL, --candidate V et --user USER sont obligatoires</translation>
    </message>
    <message>
        <source>Opened %1 (draft): version %2 of %3</source>
        <translation>%1 ouverte (brouillon) : version %2 de %3</translation>
    </message>
    <message>
        <source>Change a draft, or start the next revision of a returned request. Only what is given changes.</source>
        <translation>Modifier un brouillon, ou commencer la révision suivante d’une demande renvoyée. Seul ce qui est donné change.</translation>
    </message>
    <message>
        <source>What changed, for the audit trail.</source>
        <translation>Ce qui a changé, pour la piste d’audit.</translation>
    </message>
    <message>
        <source>there is no change request %1</source>
        <translation>il n’y a pas de demande de modification %1</translation>
    </message>
    <message>
        <source>Edited %1, revision %2</source>
        <translation>%1 modifiée, révision %2</translation>
    </message>
    <message>
        <source>Submit a draft: its plan and text are locked and you sign it as authored.</source>
        <translation>Soumettre un brouillon : son plan et son texte sont verrouillés et vous le signez comme auteur.</translation>
    </message>
    <message>
        <source>Approve an evaluated request (QA officer, not its author): you sign its evidence as approved.</source>
        <translation>Approuver une demande évaluée (responsable qualité, pas son auteur) : vous signez ses preuves comme approuvées.</translation>
    </message>
    <message>
        <source>Reject an evaluated request (QA officer, not its author): you sign its evidence as rejected.</source>
        <translation>Rejeter une demande évaluée (responsable qualité, pas son auteur) : vous signez ses preuves comme rejetées.</translation>
    </message>
    <message>
        <source>Implement an approved request (QA officer, not its author): you sign it as released, the candidate goes into production and the baseline is superseded.</source>
        <translation>Mettre en œuvre une demande approuvée (responsable qualité, pas son auteur) : vous la signez comme mise en production, le candidat passe en production et la référence est remplacée.</translation>
    </message>
    <message>
        <source>Roll an implemented request back at once (QA officer): you sign as released; its rollback version goes back into production and the rollback waits for a review.</source>
        <translation>Revenir immédiatement sur une demande mise en œuvre (responsable qualité) : vous signez comme mise en production ; sa version de retour repasse en production et le retour arrière attend une revue.</translation>
    </message>
    <message>
        <source>Review an emergency rollback (a QA officer other than who made it): you sign it as reviewed.</source>
        <translation>Revoir un retour arrière d’urgence (un responsable qualité autre que celui qui l’a fait) : vous le signez comme revu.</translation>
    </message>
    <message>
        <source>Justify deciding on an evaluated request whose blocking PCCP rules could not be evaluated (QA officer, not its author): you sign its evidence as reviewed, with the justification as the reason.</source>
        <translation>Justifier la décision sur une demande évaluée dont des règles bloquantes du PCCP n’ont pas pu être évaluées (responsable qualité, pas son auteur) : vous signez ses preuves comme revues, avec la justification pour motif.</translation>
    </message>
    <message>
        <source>Submitted %1 and signed it as authored. The plan is locked.</source>
        <translation>%1 soumise et signée comme auteur. Le plan est verrouillé.</translation>
    </message>
    <message>
        <source>Approved %1 (signed).</source>
        <translation>%1 approuvée (signée).</translation>
    </message>
    <message>
        <source>Rejected %1 (signed).</source>
        <translation>%1 rejetée (signée).</translation>
    </message>
    <message>
        <source>Implemented %1 (signed as released): its candidate is in production.</source>
        <translation>%1 mise en œuvre (signée comme mise en production) : son candidat est en production.</translation>
    </message>
    <message>
        <source>Rolled %1 back (signed as released); a QA officer must review it.</source>
        <translation>Retour arrière de %1 (signé comme mise en production) ; un responsable qualité doit le revoir.</translation>
    </message>
    <message>
        <source>Signed a justification on %1&apos;s evidence (reviewed); it can now be decided.</source>
        <translation>Justification signée sur les preuves de %1 (revue) ; la décision peut maintenant être prise.</translation>
    </message>
    <message>
        <source>Reviewed the emergency rollback of %1 (signed).</source>
        <translation>Retour arrière d’urgence de %1 revu (signé).</translation>
    </message>
    <message>
        <source>%1% (margin %2)</source>
        <translation>%1 % (marge %2)</translation>
    </message>
    <message>
        <source>  %1 %2: n %3, %4 positives, %5 negatives</source>
        <translation>  %1 %2 : n %3, %4 positifs, %5 négatifs</translation>
    </message>
    <message>
        <source>    power if the versions were equal (blinded estimate): sensitivity %1, specificity %2, accuracy %3, AUC %4</source>
        <translation>    puissance si les versions étaient égales (estimation en aveugle) : sensibilité %1, spécificité %2, exactitude %3, AUC %4</translation>
    </message>
    <message>
        <source> You give your user ID and password, then your key file&apos;s passphrase.</source>
        <translation> Vous donnez votre identifiant et votre mot de passe, puis la phrase secrète de votre fichier de clé.</translation>
    </message>
    <message>
        <source>Why (required; it is part of what you sign).</source>
        <translation>Pourquoi (obligatoire ; fait partie de ce que vous signez).</translation>
    </message>
    <message>
        <source>A note with your signature.</source>
        <translation>Une note avec votre signature.</translation>
    </message>
    <message>
        <source>Submit a plan whose power at some margin is below 50% (the words go into your signature&apos;s reason).</source>
        <translation>Soumettre un plan dont la puissance à une marge est inférieure à 50 % (la formulation entre dans le motif de votre signature).</translation>
    </message>
    <message>
        <source>: --user USER and --pkcs12 FILE are required</source>
        <translation> : --user USER et --pkcs12 FILE sont obligatoires</translation>
    </message>
    <message>
        <source>: --reason TEXT is required</source>
        <translation> : --reason TEXT est obligatoire</translation>
    </message>
    <message>
        <source>cr submit: to submit this plan as it is, add --accept-low-power</source>
        <translation>cr submit : pour soumettre ce plan tel quel, ajoutez --accept-low-power</translation>
    </message>
    <message>
        <source>Compute and freeze a submitted request&apos;s validation evidence from the stored predictions.</source>
        <translation>Calculer et figer les preuves de validation d’une demande soumise à partir des prédictions enregistrées.</translation>
    </message>
    <message>
        <source>Evaluating %1</source>
        <translation>Évaluation de %1</translation>
    </message>
    <message>
        <source>Evaluated %1; evidence SHA-256 %2</source>
        <translation>%1 évaluée ; preuves SHA-256 %2</translation>
    </message>
    <message>
        <source>Withdraw your draft or submitted request.</source>
        <translation>Retirer votre brouillon ou votre demande soumise.</translation>
    </message>
    <message>
        <source>Return a submitted or evaluated request to its author for a new revision (QA officer).</source>
        <translation>Renvoyer une demande soumise ou évaluée à son auteur pour une nouvelle révision (responsable qualité).</translation>
    </message>
    <message>
        <source>Why (required).</source>
        <translation>Pourquoi (obligatoire).</translation>
    </message>
    <message>
        <source>%1 is now %2</source>
        <translation>%1 est maintenant %2</translation>
    </message>
    <message>
        <source>List the change requests, newest first, with what each waits for and from whom.</source>
        <translation>Lister les demandes de modification, les plus récentes d’abord, avec ce que chacune attend et de qui.</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>Écrire du JSON.</translation>
    </message>
    <message>
        <source>Only requests that are not finished.</source>
        <translation>Seulement les demandes non terminées.</translation>
    </message>
    <message>
        <source>Only finished requests.</source>
        <translation>Seulement les demandes terminées.</translation>
    </message>
    <message>
        <source>cr list: --open and --finished exclude each other</source>
        <translation>cr list : --open et --finished s’excluent</translation>
    </message>
    <message>
        <source> vs </source>
        <translation> contre </translation>
    </message>
    <message>
        <source>              next: %1 (%2)</source>
        <translation>              ensuite : %1 (%2)</translation>
    </message>
    <message>
        <source>The deployment gate for a CI/CD pipeline: exit 0 only if the audit trail verifies, the version is in production through an implemented change request whose signatures all verify, and the file about to be deployed (--artifact-sha256) is one of its frozen artifacts; otherwise exit 1 with the reason. Needs no account.</source>
        <translation>La barrière de déploiement pour un pipeline CI/CD : code de sortie 0 seulement si la piste d’audit se vérifie, si la version est en production par une demande de modification mise en œuvre dont toutes les signatures se vérifient, et si le fichier sur le point d’être déployé (--artifact-sha256) est l’un de ses artefacts figés ; sinon code 1 avec la raison. Aucun compte n’est nécessaire.</translation>
    </message>
    <message>
        <source>The version to be deployed (default: the one in production).</source>
        <translation>La version à déployer (par défaut : celle en production).</translation>
    </message>
    <message>
        <source>SHA-256 of the file about to be deployed.</source>
        <translation>SHA-256 du fichier sur le point d’être déployé.</translation>
    </message>
    <message>
        <source>gate: --artifact-sha256 takes 64 hexadecimal digits, not &quot;%1&quot;</source>
        <translation>gate : --artifact-sha256 attend 64 chiffres hexadécimaux, pas « %1 »</translation>
    </message>
</context>
<context>
    <name>cs::cli::ChangeRequestShow</name>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>  %1, %2, by %3 on %4</source>
        <translation>  %1, %2, par %3 le %4</translation>
    </message>
    <message>
        <source>revision %1 (locked)</source>
        <translation>révision %1 (verrouillée)</translation>
    </message>
    <message>
        <source>revision %1</source>
        <translation>révision %1</translation>
    </message>
    <message>
        <source>  %1 version %2 against no baseline (first release)</source>
        <translation>  %1 version %2 contre aucune version de référence (première mise en production)</translation>
    </message>
    <message>
        <source>  %1 version %2 against version %3</source>
        <translation>  %1 version %2 contre la version %3</translation>
    </message>
    <message>
        <source>  %1 version %2 against version %3 and the originally cleared version %4</source>
        <translation>  %1 version %2 contre la version %3 et la version %4 autorisée à l’origine</translation>
    </message>
    <message>
        <source>  trigger %1: %2</source>
        <translation>  déclencheur %1 : %2</translation>
    </message>
    <message>
        <source>  content SHA-256 %1</source>
        <translation>  contenu SHA-256 %1</translation>
    </message>
    <message>
        <source>  plan SHA-256 %1</source>
        <translation>  plan SHA-256 %1</translation>
    </message>
    <message>
        <source>  %1 %2: n %3, positives %4</source>
        <translation>  %1 %2 : n %3, positifs %4</translation>
    </message>
    <message>
        <source>  PCCP: %1</source>
        <translation>  PCCP : %1</translation>
    </message>
    <message>
        <source>PCCP acceptance rules
%1</source>
        <translation>Règles d’acceptation du PCCP
%1</translation>
    </message>
    <message>
        <source>%1 (%2), against %3
%4
%5</source>
        <translation>%1 (%2), contre %3
%4
%5</translation>
    </message>
    <message>
        <source>Show a change request: its content, plan, verdicts and history.</source>
        <translation>Afficher une demande de modification : son contenu, son plan, ses verdicts et son historique.</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>Écrire du JSON.</translation>
    </message>
    <message>
        <source>Also print each dataset&apos;s headline table, subgroup tables and confusion matrices (tab-separated), as the window&apos;s Validation tab shows them.</source>
        <translation>Écrire aussi, pour chaque jeu de données, le tableau principal, les tableaux par sous-groupe et les matrices de confusion (séparés par des tabulations), comme l’onglet Validation de la fenêtre les montre.</translation>
    </message>
    <message>
        <source>  next: %1 (%2)</source>
        <translation>  ensuite : %1 (%2)</translation>
    </message>
    <message>
        <source>  revision %1%2: content %3, plan %4</source>
        <translation>  révision %1%2 : contenu %3, plan %4</translation>
    </message>
    <message>
        <source> (locked)</source>
        <translation> (verrouillée)</translation>
    </message>
    <message>
        <source>    changed %1: &quot;%2&quot; -&gt; &quot;%3&quot;</source>
        <translation>    %1 modifié : « %2 » -&gt; « %3 »</translation>
    </message>
    <message>
        <source>  %1 %2 by %3: %4 -&gt; %5</source>
        <translation>  %1 %2 par %3 : %4 -&gt; %5</translation>
    </message>
    <message>
        <source> (signature %1)</source>
        <translation> (signature %1)</translation>
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
        <translation>Usage : countersign-cli COMMANDE [OPTIONS]

Commandes :
  init WORKSPACE --admin USER --full-name NAME --email EMAIL [--name NAME]
                                    créer un espace de travail (et sa clé WORKSPACE.key) et son administrateur
  init --server URI --admin USER ... [--grant ROLE]
                                    créer un espace de travail d’équipe dans une base PostgreSQL vide
  demo WORKSPACE [--folder DIR]     créer l’espace de travail de démonstration dans WORKSPACE
  migrate WORKSPACE --to WORKSPACE  copier un espace de travail entre un fichier et un serveur, en vérifiant les deux
  log WORKSPACE [--json] [--from SEQ] [--limit N]
                                    écrire la piste d’audit
  checkpoint WORKSPACE --out FILE --user USER
                                    signer un point de contrôle de la piste d’audit et l’écrire dans FILE
  verify WORKSPACE [--checkpoint FILE]... [--json]
                                    vérifier la piste d’audit et chaque signature
  review WORKSPACE --note TEXT --user USER [--from SEQ] [--to SEQ]
                                    consigner une revue de la piste d’audit

  user add|list|update|lock|unlock|disable|passwd WORKSPACE ...
                                    gérer les comptes (user COMMANDE --help pour chacune)
  cert enroll WORKSPACE --user USER (--pkcs12 FILE | --cert PEM --key PEM)
                                    enregistrer votre certificat de signature
  trust add|list|crl WORKSPACE ...  gérer les AC de confiance et les listes de révocation
  sign WORKSPACE --record TYPE:ID --meaning M --user USER --pkcs12 FILE [--reason TEXT]
                                    signer un enregistrement avec votre certificat
  signatures WORKSPACE [--json]     lister et vérifier les signatures
  import mlflow WORKSPACE (--store MLRUNS_DIR | --db MLFLOW_DB) --model NAME (--version N | --all)
         --user USER
                                    importer des versions enregistrées avec leurs preuves
  import dvc WORKSPACE --version MODEL:LABEL --lock dvc.lock --user USER
                                    joindre le lignage des données d’un pipeline DVC à une version
  import git WORKSPACE --version MODEL:LABEL --repo DIR [--commit REV] [--config PATH]... --user USER
                                    joindre le commit et les fichiers de configuration du code d’entraînement
  import predictions WORKSPACE --dataset NAME --file F.csv --id COL [--label COL]
         --score LABEL=COL... [--group COL]... [--feature COL]... [--role ROLE] --user USER
                                    importer les prédictions par échantillon de versions sur un jeu de données
  import expectations WORKSPACE --dataset NAME --file RESULT.json --user USER
                                    joindre un résultat de validation Great Expectations à un jeu de données
  models WORKSPACE [--json]         lister les modèles
  datasets WORKSPACE [--json]       lister les jeux de données, leurs fichiers et leurs jeux de prédictions
  model describe WORKSPACE MODEL [--intended-use T] [--device-class C] [--risk-class C] [--owner U]
         --reason TEXT --user USER  consigner à quoi sert un modèle et qui en répond
  versions WORKSPACE MODEL [--json] lister les versions d’un modèle (avec --json, leurs preuves)
  diff WORKSPACE MODEL V1 V2 [--repo DIR] [--json]
                                    ce qui diffère entre deux versions
  stats compare FILE.csv --label COL --reference COL --candidate COL [--threshold T] [--alpha A]
         [--margin M] [--group COL] --json
                                    comparer les scores de deux modèles sur un jeu de validation
  stats drift --reference REF.csv --current CUR.csv [--columns a,b,c] [--bins N] --json
                                    dérive de chaque colonne entre deux fenêtres
  pccp check FILE.yaml [--json]     lire un fichier PCCP : ses règles en toutes lettres et son tableau de traçabilité,
                                    ou chaque problème avec sa ligne et son champ
  pccp import WORKSPACE FILE.yaml --user USER
                                    enregistrer un PCCP comme version suivante du PCCP de son modèle
  pccp list WORKSPACE [--json]      chaque version de PCCP avec son état et ses signatures
  pccp show WORKSPACE MODEL [--version N] [--json]
                                    le PCCP en vigueur (ou une version), ses règles et sa traçabilité
  pccp sign WORKSPACE MODEL --version N --meaning authored|approved --pkcs12 FILE --user USER
                                    signer une version de PCCP (son auteur, puis un responsable qualité)
  pccp export WORKSPACE MODEL [--version N] --out FILE.pdf --pkcs12 FILE --user USER
                                    le PCCP en document PDF signé, selon la structure du guide
  drift run WORKSPACE MODEL --window DATASET --reference DATASET [--version V] [--bins N]
         [--drift-share X] [--json] --user USER
                                    comparer une fenêtre de production à une référence ; peut lever une alerte
  drift list WORKSPACE [--model M] [--json]
                                    chaque exécution de dérive avec ses variables en dérive et son alerte
  drift show WORKSPACE DR-N [--json]
                                    une exécution : le test, le score, le seuil et le PSI de chaque variable
  alert list WORKSPACE [--open] [--json]
                                    les alertes de dérive et ce qui a été décidé pour chacune
  alert ack WORKSPACE DA-N --reason TEXT --user USER
                                    acquitter une alerte qui ne demande aucune modification (qualité)
                                    (pour agir : cr create ... --trigger drift-alert --trigger-ref DA-N)
  transition WORKSPACE MODEL VERSION --to STATE --reason TEXT --user USER
                                    faire avancer une version dans son cycle de vie
  cr create WORKSPACE --model M --candidate V --title T [options de contenu] --user USER
                                    ouvrir une demande de modification (la référence est la version en production)
  cr edit WORKSPACE ID [options de contenu] --reason TEXT --user USER
                                    modifier un brouillon, ou réviser une demande renvoyée
  cr submit WORKSPACE ID --pkcs12 FILE [--reason TEXT] --user USER
                                    verrouiller le plan et signer la demande comme auteur
  cr evaluate WORKSPACE ID --user USER
                                    calculer et figer les preuves de validation d’une demande soumise
  cr justify WORKSPACE ID --reason TEXT --pkcs12 FILE --user USER
                                    justifier une décision malgré des règles bloquantes du PCCP non évaluables
  cr approve|reject WORKSPACE ID --reason TEXT --pkcs12 FILE --user USER
                                    décider d’une demande évaluée en signant ses preuves (qualité)
  cr implement WORKSPACE ID --pkcs12 FILE [--reason TEXT] --user USER
                                    mettre en production une demande approuvée (qualité)
  cr rollback|review WORKSPACE ID --reason TEXT --pkcs12 FILE --user USER
                                    retour arrière d’urgence d’une demande mise en œuvre, et sa revue (qualité)
  cr withdraw|return WORKSPACE ID --reason TEXT --user USER
                                    retirer votre demande, ou en renvoyer une à son auteur (qualité)
  cr list WORKSPACE [--json]        lister les demandes de modification
  cr show WORKSPACE ID [--json]     le contenu, le plan, les verdicts des preuves et l’historique d’une demande
  gate WORKSPACE MODEL [--version V] [--artifact-sha256 HEX] [--json]
                                    la barrière de déploiement : code 0 seulement pour une mise en production signée et vérifiée
  package export WORKSPACE ID --out FILE.pdf [--paper a4|letter] --pkcs12 FILE --user USER
                                    le dossier de maîtrise des modifications en fichier PDF/A-1b signé
  report audit WORKSPACE [--from DATE] [--to DATE] --out FILE.pdf --pkcs12 FILE --user USER
                                    le rapport d’audit signé de la piste, pour l’inspecteur
  package verify FILE.pdf [--workspace W] [--ca CA.pem] [--json]
                                    vérifier la signature, la chaîne et le manifeste d’un dossier et, avec
                                    l’espace de travail, son export consigné et ses empreintes
  signature export WORKSPACE ID --out DIR
                                    écrire manifest.json, signature.p7s et signer.pem pour OpenSSL

Les mots de passe et phrases secrètes sont lus depuis le terminal sans écho, ou, pour l’automatisation,
depuis --password-fd N, --new-password-fd N et --passphrase-fd N (une ligne chacun).

  --version                         écrire la version
  COMMANDE --help                   l’aide d’une commande

WORKSPACE est un fichier, ou l’URI d’un espace de travail d’équipe : postgresql://USER@HOST/DATABASE?sslmode=verify-full
(le mot de passe vient de ~/.pgpass, d’un fichier de service ou de PGPASSWORD ; Countersign ne le conserve jamais).

Codes de sortie : 0 succès, 1 une vérification d’intégrité a échoué, 2 erreur d’usage ou espace de travail inutilisable,
3 refusé (connexion échouée, non autorisé, ou refusé par une règle ou une vérification de certificat),
130 interrompu (Ctrl+C pendant une évaluation ou un export : rien n’a été enregistré ni écrit).
</translation>
    </message>
    <message>
        <source>Create a new, empty workspace and its administrator.</source>
        <translation>Créer un espace de travail vide et son administrateur.</translation>
    </message>
    <message>
        <source>Name shown for the workspace.</source>
        <translation>Nom affiché de l’espace de travail.</translation>
    </message>
    <message>
        <source>Username of the administrator.</source>
        <translation>Nom d’utilisateur de l’administrateur.</translation>
    </message>
    <message>
        <source>The administrator&apos;s printed name.</source>
        <translation>Le nom imprimé de l’administrateur.</translation>
    </message>
    <message>
        <source>The administrator&apos;s e-mail address.</source>
        <translation>L’adresse e-mail de l’administrateur.</translation>
    </message>
    <message>
        <source>Read the administrator&apos;s password from this file descriptor.</source>
        <translation>Lire le mot de passe de l’administrateur depuis ce descripteur de fichier.</translation>
    </message>
    <message>
        <source>Create a team workspace in this empty PostgreSQL database (postgresql://USER@HOST/DATABASE?sslmode=verify-full) instead of a file.</source>
        <translation>Créer un espace de travail d’équipe dans cette base PostgreSQL vide (postgresql://USER@HOST/DATABASE?sslmode=verify-full) au lieu d’un fichier.</translation>
    </message>
    <message>
        <source>With --server: the role people connect as; it may read and add records but never change or delete the trail.</source>
        <translation>Avec --server : le rôle sous lequel les personnes se connectent ; il peut lire et ajouter des enregistrements mais jamais modifier ni supprimer la piste.</translation>
    </message>
    <message>
        <source>init: --%1 is required (the workspace&apos;s first administrator)</source>
        <translation>init : --%1 est obligatoire (le premier administrateur de l’espace de travail)</translation>
    </message>
    <message>
        <source>init: --server takes a postgresql:// URI</source>
        <translation>init : --server attend une URI postgresql://</translation>
    </message>
    <message>
        <source>init: --grant applies to a team workspace (--server)</source>
        <translation>init : --grant s’applique à un espace de travail d’équipe (--server)</translation>
    </message>
    <message>
        <source>new password for %1</source>
        <translation>nouveau mot de passe pour %1</translation>
    </message>
    <message>
        <source>Created workspace %1 (id %2)
Signing key: %3 (keep a backup: checkpoints cannot be signed without it)
Verifier key: %4</source>
        <translation>Espace de travail %1 créé (identifiant %2)
Clé de signature : %3 (sauvegardez-la : sans elle, aucun point de contrôle ne peut être signé)
Clé de vérification : %4</translation>
    </message>
    <message>
        <source>Create the demo workspace.</source>
        <translation>Créer l’espace de travail de démonstration.</translation>
    </message>
    <message>
        <source>For a demo in a team workspace (WORKSPACE is a postgresql:// URI): the folder that receives the demo&apos;s credentials and sources.</source>
        <translation>Pour une démonstration dans un espace de travail d’équipe (WORKSPACE est une URI postgresql://) : le dossier qui reçoit les identifiants et les sources de la démonstration.</translation>
    </message>
    <message>
        <source>demo: a demo on a server needs --folder DIR for its credentials and sources</source>
        <translation>demo : une démonstration sur un serveur a besoin de --folder DIR pour ses identifiants et ses sources</translation>
    </message>
    <message>
        <source>Created the demo workspace %1</source>
        <translation>Espace de travail de démonstration %1 créé</translation>
    </message>
    <message>
        <source>Copy a workspace from a file to a team server or back. The original is verified first and only read; the copy is verified after and removed if it does not say the same.</source>
        <translation>Copier un espace de travail d’un fichier vers un serveur d’équipe ou inversement. L’original est d’abord vérifié et seulement lu ; la copie est vérifiée ensuite et supprimée si elle ne dit pas la même chose.</translation>
    </message>
    <message>
        <source>Where the copy goes: a new file, or a postgresql:// URI of an empty database.</source>
        <translation>Où va la copie : un nouveau fichier, ou l’URI postgresql:// d’une base vide.</translation>
    </message>
    <message>
        <source>migrate: --to is required (a new file or a postgresql:// URI)</source>
        <translation>migrate : --to est obligatoire (un nouveau fichier ou une URI postgresql://)</translation>
    </message>
    <message>
        <source>migrate: copies between a file and a server; to copy a file, copy the file</source>
        <translation>migrate : copie entre un fichier et un serveur ; pour copier un fichier, copiez le fichier</translation>
    </message>
    <message>
        <source>copying %1</source>
        <translation>copie de %1</translation>
    </message>
    <message>
        <source>Copied %1 to %2: %3 events in %4 tables; both verify, chain head %5
%6</source>
        <translation>%1 copié vers %2 : %3 événements dans %4 tables ; les deux se vérifient, tête de chaîne %5
%6</translation>
    </message>
    <message>
        <source>Print the audit trail.</source>
        <translation>Écrire la piste d’audit.</translation>
    </message>
    <message>
        <source>Print a JSON array of events.</source>
        <translation>Écrire un tableau JSON des événements.</translation>
    </message>
    <message>
        <source>First sequence number.</source>
        <translation>Premier numéro de séquence.</translation>
    </message>
    <message>
        <source>Print at most N events.</source>
        <translation>Écrire au plus N événements.</translation>
    </message>
    <message>
        <source>SEQ</source>
        <translation>SEQ</translation>
    </message>
    <message>
        <source>TIME (UTC)</source>
        <translation>HEURE (UTC)</translation>
    </message>
    <message>
        <source>ACTOR</source>
        <translation>ACTEUR</translation>
    </message>
    <message>
        <source>ACTION</source>
        <translation>ACTION</translation>
    </message>
    <message>
        <source>ENTITY</source>
        <translation>ENTITÉ</translation>
    </message>
    <message>
        <source>REASON</source>
        <translation>MOTIF</translation>
    </message>
    <message>
        <source>Sign a checkpoint of the audit trail and write it to a file.</source>
        <translation>Signer un point de contrôle de la piste d’audit et l’écrire dans un fichier.</translation>
    </message>
    <message>
        <source>File to write the checkpoint to.</source>
        <translation>Fichier où écrire le point de contrôle.</translation>
    </message>
    <message>
        <source>checkpoint: --out FILE is required</source>
        <translation>checkpoint : --out FILE est obligatoire</translation>
    </message>
    <message>
        <source>Checkpoint of %1 events written to %2
Root hash: %3
Verifier key: %4</source>
        <translation>Point de contrôle de %1 événements écrit dans %2
Hachage racine : %3
Clé de vérification : %4</translation>
    </message>
    <message>
        <source>Verify the audit trail against its hashes and checkpoints.</source>
        <translation>Vérifier la piste d’audit par rapport à ses hachages et points de contrôle.</translation>
    </message>
    <message>
        <source>Also check against this checkpoint file.</source>
        <translation>Vérifier aussi par rapport à ce fichier de point de contrôle.</translation>
    </message>
    <message>
        <source>Print the report as JSON.</source>
        <translation>Écrire le rapport en JSON.</translation>
    </message>
    <message>
        <source>cannot read checkpoint file %1: %2</source>
        <translation>impossible de lire le fichier de point de contrôle %1 : %2</translation>
    </message>
    <message>
        <source>event %1: </source>
        <translation>événement %1 : </translation>
    </message>
    <message>
        <source>  warning: %1</source>
        <translation>  avertissement : %1</translation>
    </message>
    <message>
        <source>Signatures: all %1 verify.</source>
        <translation>Signatures : les %1 se vérifient toutes.</translation>
    </message>
    <message>
        <source>Signatures: %1 of %2 FAIL verification.</source>
        <translation>Signatures : %1 sur %2 ÉCHOUENT à la vérification.</translation>
    </message>
    <message>
        <source>  signature %1 (%2:%3): %4</source>
        <translation>  signature %1 (%2:%3) : %4</translation>
    </message>
    <message>
        <source>Record a review of the audit trail (EU Annex 11 section 9).</source>
        <translation>Consigner une revue de la piste d’audit (annexe 11 des BPF de l’UE, section 9).</translation>
    </message>
    <message>
        <source>The finding: what was checked and what was found.</source>
        <translation>Le constat : ce qui a été vérifié et ce qui a été trouvé.</translation>
    </message>
    <message>
        <source>First event reviewed (default: after the last review).</source>
        <translation>Premier événement revu (par défaut : après la dernière revue).</translation>
    </message>
    <message>
        <source>Last event reviewed (default: the latest).</source>
        <translation>Dernier événement revu (par défaut : le plus récent).</translation>
    </message>
    <message>
        <source>review: --note TEXT is required (the finding of the review)</source>
        <translation>review : --note TEXT est obligatoire (le constat de la revue)</translation>
    </message>
    <message>
        <source>Recorded review %1 of events %2 to %3 by %4</source>
        <translation>Revue %1 des événements %2 à %3 par %4 consignée</translation>
    </message>
</context>
<context>
    <name>cs::cli::CliSupport</name>
    <message>
        <source>countersign-cli: %1</source>
        <translation>countersign-cli : %1</translation>
    </message>
    <message>
        <source>%1: expected %2; see countersign-cli %1 --help</source>
        <translation>%1 : attendu %2 ; voir countersign-cli %1 --help</translation>
    </message>
    <message>
        <source>--%1 takes a whole number of 1 or more, not &quot;%2&quot;</source>
        <translation>--%1 attend un nombre entier d’au moins 1, pas « %2 »</translation>
    </message>
    <message>
        <source>Your username (you sign in to make this change).</source>
        <translation>Votre nom d’utilisateur (vous vous connectez pour faire cette modification).</translation>
    </message>
    <message>
        <source>Read your password from this file descriptor (one line) instead of the terminal.</source>
        <translation>Lire votre mot de passe depuis ce descripteur de fichier (une ligne) au lieu du terminal.</translation>
    </message>
    <message>
        <source>cannot read the %1 from file descriptor %2</source>
        <translation>impossible de lire %1 depuis le descripteur de fichier %2</translation>
    </message>
    <message>
        <source>the %1 is longer than 4096 bytes</source>
        <translation>%1 dépasse 4096 octets</translation>
    </message>
    <message>
        <source>no terminal to ask for the %1; pass it with a --...-fd option</source>
        <translation>aucun terminal pour demander %1 ; passez-le avec une option --...-fd</translation>
    </message>
    <message>
        <source>--%1 takes a file descriptor number, not &quot;%2&quot;</source>
        <translation>--%1 attend un numéro de descripteur de fichier, pas « %2 »</translation>
    </message>
    <message>
        <source> (again)</source>
        <translation> (encore une fois)</translation>
    </message>
    <message>
        <source>the two entries of the %1 differ</source>
        <translation>les deux saisies de %1 diffèrent</translation>
    </message>
    <message>
        <source>--user USER is required: sign in to make changes</source>
        <translation>--user USER est obligatoire : connectez-vous pour faire des modifications</translation>
    </message>
    <message>
        <source>password for %1</source>
        <translation>mot de passe de %1</translation>
    </message>
    <message>
        <source>the password of %1 must be changed first: run countersign-cli user passwd %2 --user %1</source>
        <translation>le mot de passe de %1 doit d’abord être changé : lancez countersign-cli user passwd %2 --user %1</translation>
    </message>
    <message>
        <source>Your PKCS#12 file.</source>
        <translation>Votre fichier PKCS#12.</translation>
    </message>
    <message>
        <source>Read the PKCS#12 passphrase from this file descriptor.</source>
        <translation>Lire la phrase secrète PKCS#12 depuis ce descripteur de fichier.</translation>
    </message>
    <message>
        <source>passphrase of %1</source>
        <translation>phrase secrète de %1</translation>
    </message>
    <message>
        <source>Usage: countersign-cli %1 VERB [options]
Verbs: %2
Each verb&apos;s options: countersign-cli %3 VERB --help</source>
        <translation>Usage : countersign-cli %1 VERBE [options]
Verbes : %2
Options de chaque verbe : countersign-cli %3 VERBE --help</translation>
    </message>
    <message>
        <source>%1: expected one of %2; see countersign-cli %1 VERB --help</source>
        <translation>%1 : attendu l’un de %2 ; voir countersign-cli %1 VERBE --help</translation>
    </message>
    <message>
        <source>interrupted; nothing was stored</source>
        <translation>interrompu ; rien n’a été enregistré</translation>
    </message>
</context>
<context>
    <name>cs::cli::DocumentsMain</name>
    <message>
        <source>countersign-documents: runs the commands of countersign-cli that write documents (package, report, pccp export); run countersign-cli --help for their use</source>
        <translation>countersign-documents : exécute les commandes de countersign-cli qui écrivent des documents (package, report, pccp export) ; lancez countersign-cli --help pour leur usage</translation>
    </message>
</context>
<context>
    <name>cs::cli::DriftCli</name>
    <message>
        <source>The window has no labels: no performance.</source>
        <translation>La fenêtre n’a pas d’étiquettes : pas de performance.</translation>
    </message>
    <message>
        <source>Performance of version %1 on %2 labelled samples (%3 positives) at threshold %4 (%5)
    sensitivity %6   specificity %7   AUC %8
    PPV %9   NPV %10   Brier %11</source>
        <translation>Performance de la version %1 sur %2 échantillons étiquetés (%3 positifs) au seuil %4 (%5)
    sensibilité %6   spécificité %7   AUC %8
    VPP %9   VPN %10   Brier %11</translation>
    </message>
    <message>
        <source>released by %1</source>
        <translation>mise en production par %1</translation>
    </message>
    <message>
        <source> %1 sensitivity %2 (%3 positives);</source>
        <translation> %1 sensibilité %2 (%3 positifs) ;</translation>
    </message>
    <message>
        <source>    largest %1 gap %2: %3 over %4 (groups with at least %5 positives)</source>
        <translation>    plus grand écart %1 %2 : %3 par rapport à %4 (groupes d’au moins %5 positifs)</translation>
    </message>
    <message>
        <source>%1: window %2 (%3 samples) against %4 (%5), model %6 version %7
Recorded by %8 at %9; content SHA-256 %10</source>
        <translation>%1 : fenêtre %2 (%3 échantillons) contre %4 (%5), modèle %6 version %7
Enregistré par %8 le %9 ; contenu SHA-256 %10</translation>
    </message>
    <message>
        <source>FEATURE</source>
        <translation>VARIABLE</translation>
    </message>
    <message>
        <source>TYPE</source>
        <translation>TYPE</translation>
    </message>
    <message>
        <source>METHOD</source>
        <translation>MÉTHODE</translation>
    </message>
    <message>
        <source>SCORE</source>
        <translation>SCORE</translation>
    </message>
    <message>
        <source>HOLM P</source>
        <translation>HOLM P</translation>
    </message>
    <message>
        <source>THRESHOLD</source>
        <translation>SEUIL</translation>
    </message>
    <message>
        <source>PSI</source>
        <translation>PSI</translation>
    </message>
    <message>
        <source>DRIFTED</source>
        <translation>DÉRIVE</translation>
    </message>
    <message>
        <source>scores of version %1:</source>
        <translation>scores de la version %1 :</translation>
    </message>
    <message>
        <source>%1 of %2 features drifted (share %3, alert at %4)</source>
        <translation>%1 variables sur %2 en dérive (part %3, alerte à %4)</translation>
    </message>
    <message>
        <source>Real-world monitoring rules of PCCP %1</source>
        <translation>Règles de surveillance en conditions réelles du PCCP %1</translation>
    </message>
    <message>
        <source>Alert %1 (%2)</source>
        <translation>Alerte %1 (%2)</translation>
    </message>
    <message>
        <source>    %1 by %2 at %3%4</source>
        <translation>    %1 par %2 le %3%4</translation>
    </message>
    <message>
        <source>No threshold breached: no alert.</source>
        <translation>Aucun seuil dépassé : pas d’alerte.</translation>
    </message>
    <message>
        <source>Compare a production window with a reference feature by feature (the engine and defaults of stats drift), and the version&apos;s scores; freeze the run as evidence and raise an alert when a threshold is breached.</source>
        <translation>Comparer une fenêtre de production à une référence variable par variable (le moteur et les valeurs par défaut de stats drift), ainsi que les scores de la version ; figer l’exécution comme preuve et lever une alerte quand un seuil est dépassé.</translation>
    </message>
    <message>
        <source>The production window (a dataset).</source>
        <translation>La fenêtre de production (un jeu de données).</translation>
    </message>
    <message>
        <source>The reference: a drift reference, validation or challenge set.</source>
        <translation>La référence : un jeu de référence de dérive, de validation ou de test difficile.</translation>
    </message>
    <message>
        <source>The version whose scores to compare (default: the one in production).</source>
        <translation>La version dont comparer les scores (par défaut : celle en production).</translation>
    </message>
    <message>
        <source>PSI bins on reference quantiles (default 10).</source>
        <translation>Classes PSI sur les quantiles de la référence (10 par défaut).</translation>
    </message>
    <message>
        <source>Alert when this share of features drifts (default 0.5).</source>
        <translation>Alerte quand cette part des variables dérive (0,5 par défaut).</translation>
    </message>
    <message>
        <source>On a labelled window, the threshold to measure the version&apos;s performance at (default: the one it was released at).</source>
        <translation>Sur une fenêtre étiquetée, le seuil auquel mesurer la performance de la version (par défaut : celui de sa mise en production).</translation>
    </message>
    <message>
        <source>A subgroup counts in the largest gaps from this many positives (default 20).</source>
        <translation>Un sous-groupe compte dans les plus grands écarts à partir de ce nombre de positifs (20 par défaut).</translation>
    </message>
    <message>
        <source>Print the run as JSON.</source>
        <translation>Écrire l’exécution en JSON.</translation>
    </message>
    <message>
        <source>drift run: give --window DATASET and --reference DATASET</source>
        <translation>drift run : donnez --window DATASET et --reference DATASET</translation>
    </message>
    <message>
        <source>drift run: --drift-share takes a number above 0 and at most 1, not &quot;%1&quot;</source>
        <translation>drift run : --drift-share attend un nombre supérieur à 0 et au plus 1, pas « %1 »</translation>
    </message>
    <message>
        <source>drift run: --threshold takes a number, not &quot;%1&quot;</source>
        <translation>drift run : --threshold attend un nombre, pas « %1 »</translation>
    </message>
    <message>
        <source>drift run: --min-positives takes a whole number of at least 0, not &quot;%1&quot;</source>
        <translation>drift run : --min-positives attend un nombre entier d’au moins 0, pas « %1 »</translation>
    </message>
    <message>
        <source>the run just recorded cannot be read back</source>
        <translation>l’exécution qui vient d’être enregistrée ne peut pas être relue</translation>
    </message>
    <message>
        <source>List every drift run with its drifted features and alert.</source>
        <translation>Lister chaque exécution de dérive avec ses variables en dérive et son alerte.</translation>
    </message>
    <message>
        <source>Only this model&apos;s runs.</source>
        <translation>Seulement les exécutions de ce modèle.</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>Écrire du JSON.</translation>
    </message>
    <message>
        <source>No drift run in this workspace; run one with drift run WORKSPACE MODEL --window W --reference R</source>
        <translation>Aucune exécution de dérive dans cet espace de travail ; lancez-en une avec drift run WORKSPACE MODEL --window W --reference R</translation>
    </message>
    <message>
        <source>RUN</source>
        <translation>EXÉC.</translation>
    </message>
    <message>
        <source>MODEL</source>
        <translation>MODÈLE</translation>
    </message>
    <message>
        <source>WINDOW</source>
        <translation>FENÊTRE</translation>
    </message>
    <message>
        <source>REFERENCE</source>
        <translation>RÉFÉRENCE</translation>
    </message>
    <message>
        <source>RECORDED</source>
        <translation>ENREGISTRÉ</translation>
    </message>
    <message>
        <source>ALERT</source>
        <translation>ALERTE</translation>
    </message>
    <message>
        <source>Show one drift run: each feature&apos;s test, score, threshold and PSI, and its alert.</source>
        <translation>Afficher une exécution de dérive : le test, le score, le seuil et le PSI de chaque variable, et son alerte.</translation>
    </message>
    <message>
        <source>Print JSON (every frozen number, the PSI bins).</source>
        <translation>Écrire du JSON (chaque nombre figé, les classes PSI).</translation>
    </message>
    <message>
        <source>there is no drift run %1 (runs are DR-N)</source>
        <translation>il n’y a pas d’exécution de dérive %1 (les exécutions s’appellent DR-N)</translation>
    </message>
    <message>
        <source>List the drift alerts and what was decided on each.</source>
        <translation>Lister les alertes de dérive et ce qui a été décidé pour chacune.</translation>
    </message>
    <message>
        <source>Only the open ones (the review queue).</source>
        <translation>Seulement les alertes ouvertes (la file de revue).</translation>
    </message>
    <message>
        <source>No open drift alert.</source>
        <translation>Aucune alerte de dérive ouverte.</translation>
    </message>
    <message>
        <source>No drift alert.</source>
        <translation>Aucune alerte de dérive.</translation>
    </message>
    <message>
        <source>%1  %2  %3, window %4 (%5), raised %6</source>
        <translation>%1  %2  %3, fenêtre %4 (%5), levée le %6</translation>
    </message>
    <message>
        <source>    -&gt; %1 by %2%3</source>
        <translation>    -&gt; %1 par %2%3</translation>
    </message>
    <message>
        <source>Acknowledge an open drift alert that needs no change now, with the reason (QA officer). To act on it instead, open a change request from it: cr create ... --trigger drift-alert --trigger-ref DA-N.</source>
        <translation>Acquitter une alerte de dérive ouverte qui ne demande aucune modification maintenant, avec le motif (responsable qualité). Pour agir à la place, ouvrez une demande de modification à partir d’elle : cr create ... --trigger drift-alert --trigger-ref DA-N.</translation>
    </message>
    <message>
        <source>Why no change is needed.</source>
        <translation>Pourquoi aucune modification n’est nécessaire.</translation>
    </message>
    <message>
        <source>alert ack: &quot;%1&quot; is not an alert (DA-N)</source>
        <translation>alert ack : « %1 » n’est pas une alerte (DA-N)</translation>
    </message>
    <message>
        <source>alert ack: give --reason TEXT</source>
        <translation>alert ack : donnez --reason TEXT</translation>
    </message>
    <message>
        <source>Drift alert DA-%1 acknowledged; it has left the review queue.</source>
        <translation>Alerte de dérive DA-%1 acquittée ; elle a quitté la file de revue.</translation>
    </message>
</context>
<context>
    <name>cs::cli::IdentityCommands</name>
    <message>
        <source>Add an account. The new person must change the password you choose at first sign-in. In a workspace without accounts, the first administrator is added without --user.</source>
        <translation>Ajouter un compte. La nouvelle personne doit changer le mot de passe que vous choisissez à sa première connexion. Dans un espace de travail sans comptes, le premier administrateur est ajouté sans --user.</translation>
    </message>
    <message>
        <source>The new username (never reused).</source>
        <translation>Le nouveau nom d’utilisateur (jamais réutilisé).</translation>
    </message>
    <message>
        <source>The printed name.</source>
        <translation>Le nom imprimé.</translation>
    </message>
    <message>
        <source>E-mail address.</source>
        <translation>Adresse e-mail.</translation>
    </message>
    <message>
        <source>Comma-separated: data-scientist, qa-officer, regulatory-affairs, auditor, administrator.</source>
        <translation>Séparés par des virgules : data-scientist, qa-officer, regulatory-affairs, auditor, administrator.</translation>
    </message>
    <message>
        <source>Read the new account&apos;s password from this file descriptor.</source>
        <translation>Lire le mot de passe du nouveau compte depuis ce descripteur de fichier.</translation>
    </message>
    <message>
        <source>user add: --user USER is required (an administrator adds people)</source>
        <translation>user add : --user USER est obligatoire (un administrateur ajoute les personnes)</translation>
    </message>
    <message>
        <source>new password for %1</source>
        <translation>nouveau mot de passe pour %1</translation>
    </message>
    <message>
        <source>Added %1 as the first administrator of %2</source>
        <translation>%1 ajouté comme premier administrateur de %2</translation>
    </message>
    <message>
        <source>Added %1 (%2) with roles %3; they must change their password at first sign-in</source>
        <translation>%1 (%2) ajouté avec les rôles %3 ; le mot de passe doit être changé à la première connexion</translation>
    </message>
    <message>
        <source>List the accounts.</source>
        <translation>Lister les comptes.</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>Écrire du JSON.</translation>
    </message>
    <message>
        <source>USERNAME</source>
        <translation>UTILISATEUR</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOM</translation>
    </message>
    <message>
        <source>ROLES</source>
        <translation>RÔLES</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>STATUT</translation>
    </message>
    <message>
        <source>E-MAIL</source>
        <translation>E-MAIL</translation>
    </message>
    <message>
        <source>Lock an account (administrators), with a reason.</source>
        <translation>Verrouiller un compte (administrateurs), avec un motif.</translation>
    </message>
    <message>
        <source>Unlock an account (administrators), with a reason.</source>
        <translation>Déverrouiller un compte (administrateurs), avec un motif.</translation>
    </message>
    <message>
        <source>Disable an account (administrators), with a reason.</source>
        <translation>Désactiver un compte (administrateurs), avec un motif.</translation>
    </message>
    <message>
        <source>Why (recorded in the audit trail).</source>
        <translation>Pourquoi (consigné dans la piste d’audit).</translation>
    </message>
    <message>
        <source>user %1: --reason TEXT is required</source>
        <translation>user %1 : --reason TEXT est obligatoire</translation>
    </message>
    <message>
        <source>User %1 is now %2</source>
        <translation>L’utilisateur %1 est maintenant %2</translation>
    </message>
    <message>
        <source>Change a person&apos;s printed name, e-mail or roles (administrators), with a reason.</source>
        <translation>Modifier le nom imprimé, l’e-mail ou les rôles d’une personne (administrateurs), avec un motif.</translation>
    </message>
    <message>
        <source>New printed name.</source>
        <translation>Nouveau nom imprimé.</translation>
    </message>
    <message>
        <source>New e-mail address.</source>
        <translation>Nouvelle adresse e-mail.</translation>
    </message>
    <message>
        <source>New roles, comma-separated.</source>
        <translation>Nouveaux rôles, séparés par des virgules.</translation>
    </message>
    <message>
        <source>user update: --reason TEXT is required</source>
        <translation>user update : --reason TEXT est obligatoire</translation>
    </message>
    <message>
        <source>Updated %1</source>
        <translation>%1 mis à jour</translation>
    </message>
    <message>
        <source>Change your password, or (administrators, with --for) set a new one for someone who must change it at next sign-in.</source>
        <translation>Changer votre mot de passe, ou (administrateurs, avec --for) en définir un nouveau pour quelqu’un qui devra le changer à sa prochaine connexion.</translation>
    </message>
    <message>
        <source>Reset this person&apos;s password instead of yours.</source>
        <translation>Réinitialiser le mot de passe de cette personne au lieu du vôtre.</translation>
    </message>
    <message>
        <source>Why (required with --for).</source>
        <translation>Pourquoi (obligatoire avec --for).</translation>
    </message>
    <message>
        <source>Read the new password from this file descriptor.</source>
        <translation>Lire le nouveau mot de passe depuis ce descripteur de fichier.</translation>
    </message>
    <message>
        <source>Set a new password for %1; they must change it at next sign-in</source>
        <translation>Nouveau mot de passe défini pour %1 ; il doit être changé à la prochaine connexion</translation>
    </message>
    <message>
        <source>Password of %1 changed</source>
        <translation>Mot de passe de %1 changé</translation>
    </message>
    <message>
        <source>Enroll your signing certificate. Only the certificate is stored; the private key stays in your file.</source>
        <translation>Enregistrer votre certificat de signature. Seul le certificat est conservé ; la clé privée reste dans votre fichier.</translation>
    </message>
    <message>
        <source>Your PKCS#12 file (.p12, .pfx).</source>
        <translation>Votre fichier PKCS#12 (.p12, .pfx).</translation>
    </message>
    <message>
        <source>Your PEM certificate (with --key).</source>
        <translation>Votre certificat PEM (avec --key).</translation>
    </message>
    <message>
        <source>Your PEM private key (with --cert).</source>
        <translation>Votre clé privée PEM (avec --cert).</translation>
    </message>
    <message>
        <source>Read the file&apos;s passphrase from this file descriptor.</source>
        <translation>Lire la phrase secrète du fichier depuis ce descripteur de fichier.</translation>
    </message>
    <message>
        <source>cert enroll: give --pkcs12 FILE, or --cert FILE and --key FILE</source>
        <translation>cert enroll : donnez --pkcs12 FILE, ou --cert FILE et --key FILE</translation>
    </message>
    <message>
        <source>passphrase of the key file</source>
        <translation>phrase secrète du fichier de clé</translation>
    </message>
    <message>
        <source>Enrolled certificate &quot;%1&quot; (serial %2, %3, valid until %4)
SHA-256 fingerprint: %5</source>
        <translation>Certificat « %1 » enregistré (numéro de série %2, %3, valable jusqu’au %4)
Empreinte SHA-256 : %5</translation>
    </message>
    <message>
        <source>Note: the file uses legacy encryption (RC2 or 3DES); re-export it with AES when you can.</source>
        <translation>Remarque : le fichier utilise un chiffrement ancien (RC2 ou 3DES) ; réexportez-le avec AES dès que possible.</translation>
    </message>
    <message>
        <source>Trust a CA certificate (PEM or DER) for signing certificates.</source>
        <translation>Faire confiance à un certificat d’AC (PEM ou DER) pour les certificats de signature.</translation>
    </message>
    <message>
        <source>Why this CA is trusted.</source>
        <translation>Pourquoi cette AC est de confiance.</translation>
    </message>
    <message>
        <source>Trusted CA &quot;%1&quot; (SHA-256 %2)</source>
        <translation>AC « %1 » de confiance (SHA-256 %2)</translation>
    </message>
    <message>
        <source>List the trusted CAs and their revocation lists.</source>
        <translation>Lister les AC de confiance et leurs listes de révocation.</translation>
    </message>
    <message>
        <source>No trusted CAs: signing certificates cannot be enrolled until an administrator adds one.</source>
        <translation>Aucune AC de confiance : les certificats de signature ne peuvent pas être enregistrés tant qu’un administrateur n’en a pas ajouté une.</translation>
    </message>
    <message>
        <source>%1
  SHA-256 %2
  valid until %3, added %4 by %5</source>
        <translation>%1
  SHA-256 %2
  valable jusqu’au %3, ajoutée le %4 par %5</translation>
    </message>
    <message>
        <source>  CRL issued %1, next update %2, %3 revoked%4</source>
        <translation>  LCR émise le %1, prochaine mise à jour %2, %3 révoqués%4</translation>
    </message>
    <message>
        <source> -- OUT OF DATE: signing is refused</source>
        <translation> -- PÉRIMÉE : la signature est refusée</translation>
    </message>
    <message>
        <source>  no CRL configured (revocation is not checked)</source>
        <translation>  aucune LCR configurée (la révocation n’est pas vérifiée)</translation>
    </message>
    <message>
        <source>Add a certificate revocation list (PEM or DER) of a trusted CA.</source>
        <translation>Ajouter une liste de révocation de certificats (PEM ou DER) d’une AC de confiance.</translation>
    </message>
    <message>
        <source>Added the revocation list of &quot;%1&quot; (%2 revoked, next update %3)</source>
        <translation>Liste de révocation de « %1 » ajoutée (%2 révoqués, prochaine mise à jour %3)</translation>
    </message>
    <message>
        <source>Sign a record with your certificate (21 CFR 11.200: your user ID and password, then your key file&apos;s passphrase).</source>
        <translation>Signer un enregistrement avec votre certificat (21 CFR 11.200 : votre identifiant et votre mot de passe, puis la phrase secrète de votre fichier de clé).</translation>
    </message>
    <message>
        <source>What to sign, e.g. audit-review:2.</source>
        <translation>Ce qu’il faut signer, par exemple audit-review:2.</translation>
    </message>
    <message>
        <source>authored, reviewed, approved, rejected or released.</source>
        <translation>authored, reviewed, approved, rejected ou released.</translation>
    </message>
    <message>
        <source>Why you sign.</source>
        <translation>Pourquoi vous signez.</translation>
    </message>
    <message>
        <source>sign: --meaning must be authored, reviewed, approved, rejected or released</source>
        <translation>sign : --meaning doit être authored, reviewed, approved, rejected ou released</translation>
    </message>
    <message>
        <source>sign: --user USER and --pkcs12 FILE are required</source>
        <translation>sign : --user USER et --pkcs12 FILE sont obligatoires</translation>
    </message>
    <message>
        <source>password for %1</source>
        <translation>mot de passe de %1</translation>
    </message>
    <message>
        <source>the password of %1 must be changed before signing</source>
        <translation>le mot de passe de %1 doit être changé avant de signer</translation>
    </message>
    <message>
        <source>passphrase of %1</source>
        <translation>phrase secrète de %1</translation>
    </message>
    <message>
        <source>Signature %1: %2 signed %3:%4 as &quot;%5&quot; at %6</source>
        <translation>Signature %1 : %2 a signé %3:%4 comme « %5 » le %6</translation>
    </message>
    <message>
        <source>List every signature with its verification status.</source>
        <translation>Lister chaque signature avec son état de vérification.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>RECORD</source>
        <translation>ENREGISTREMENT</translation>
    </message>
    <message>
        <source>MEANING</source>
        <translation>SENS</translation>
    </message>
    <message>
        <source>SIGNED BY</source>
        <translation>SIGNÉ PAR</translation>
    </message>
    <message>
        <source>UTC</source>
        <translation>UTC</translation>
    </message>
    <message>
        <source>LOCAL</source>
        <translation>LOCAL</translation>
    </message>
    <message>
        <source>Write manifest.json, signature.p7s (DER) and signer.pem so that OpenSSL can verify the signature: openssl cms -verify -binary -inform DER -in signature.p7s -content manifest.json -CAfile ca.pem</source>
        <translation>Écrire manifest.json, signature.p7s (DER) et signer.pem pour qu’OpenSSL puisse vérifier la signature : openssl cms -verify -binary -inform DER -in signature.p7s -content manifest.json -CAfile ca.pem</translation>
    </message>
    <message>
        <source>Folder to write to.</source>
        <translation>Dossier où écrire.</translation>
    </message>
    <message>
        <source>signature export: ID must be a signature number</source>
        <translation>signature export : ID doit être un numéro de signature</translation>
    </message>
    <message>
        <source>signature export: --out DIR is required</source>
        <translation>signature export : --out DIR est obligatoire</translation>
    </message>
    <message>
        <source>there is no signature %1</source>
        <translation>il n’y a pas de signature %1</translation>
    </message>
    <message>
        <source>cannot create %1</source>
        <translation>impossible de créer %1</translation>
    </message>
    <message>
        <source>Wrote manifest.json, signature.p7s and signer.pem to %1</source>
        <translation>manifest.json, signature.p7s et signer.pem écrits dans %1</translation>
    </message>
</context>
<context>
    <name>cs::cli::ImportCommands</name>
    <message>
        <source>Import registered model versions from an MLflow file store (read-only on the store), with their runs, metrics and artifact digests, in one transaction.</source>
        <translation>Importer des versions de modèle enregistrées depuis un magasin de fichiers MLflow (en lecture seule), avec leurs exécutions, métriques et empreintes d’artefacts, en une transaction.</translation>
    </message>
    <message>
        <source>The mlruns folder (file store).</source>
        <translation>Le dossier mlruns (magasin de fichiers).</translation>
    </message>
    <message>
        <source>The mlflow.db file (SQL store, opened read-only).</source>
        <translation>Le fichier mlflow.db (magasin SQL, ouvert en lecture seule).</translation>
    </message>
    <message>
        <source>Registered model name.</source>
        <translation>Nom du modèle enregistré.</translation>
    </message>
    <message>
        <source>One version.</source>
        <translation>Une version.</translation>
    </message>
    <message>
        <source>Every version of the model.</source>
        <translation>Chaque version du modèle.</translation>
    </message>
    <message>
        <source>import mlflow: give --store DIR or --db FILE, --model NAME, and either --version N or --all</source>
        <translation>import mlflow : donnez --store DIR ou --db FILE, --model NAME, et soit --version N soit --all</translation>
    </message>
    <message>
        <source>Nothing new: version(s) %1 of %2 are already in the workspace, unchanged</source>
        <translation>Rien de nouveau : la ou les versions %1 de %2 sont déjà dans l’espace de travail, inchangées</translation>
    </message>
    <message>
        <source>Imported version(s) %1 of %2</source>
        <translation>Version(s) %1 de %2 importée(s)</translation>
    </message>
    <message>
        <source>; already there, unchanged: %1</source>
        <translation> ; déjà présentes, inchangées : %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not name a model version; write MODEL:LABEL</source>
        <translation>« %1 » ne désigne pas une version de modèle ; écrivez MODEL:LABEL</translation>
    </message>
    <message>
        <source>Attach a dvc.lock (schema 2.0) to an imported model version as its data lineage: each stage&apos;s command, dependencies and outputs with their digests, and parameters.</source>
        <translation>Joindre un dvc.lock (schéma 2.0) à une version de modèle importée comme lignage des données : la commande, les dépendances et les sorties de chaque étape avec leurs empreintes, et les paramètres.</translation>
    </message>
    <message>
        <source>The model version, as MODEL:LABEL.</source>
        <translation>La version de modèle, sous la forme MODEL:LABEL.</translation>
    </message>
    <message>
        <source>The dvc.lock file.</source>
        <translation>Le fichier dvc.lock.</translation>
    </message>
    <message>
        <source>import dvc: give --version MODEL:LABEL and --lock FILE</source>
        <translation>import dvc : donnez --version MODEL:LABEL et --lock FILE</translation>
    </message>
    <message>
        <source>Attached the data lineage of %1 DVC stage(s) to %2</source>
        <translation>Lignage des données de %1 étape(s) DVC joint à %2</translation>
    </message>
    <message>
        <source>Import a prediction file (CSV, one row per sample) into a dataset, with one score column per model version, in one transaction. The dataset is created by its first file; a locked dataset (validation, challenge) takes only files with exactly its samples and labels. Files with direct identifiers are refused.</source>
        <translation>Importer un fichier de prédictions (CSV, une ligne par échantillon) dans un jeu de données, avec une colonne de score par version de modèle, en une transaction. Le jeu de données est créé par son premier fichier ; un jeu verrouillé (validation, test difficile) n’accepte que des fichiers avec exactement ses échantillons et ses étiquettes. Les fichiers contenant des identifiants directs sont refusés.</translation>
    </message>
    <message>
        <source>The dataset&apos;s name.</source>
        <translation>Le nom du jeu de données.</translation>
    </message>
    <message>
        <source>The CSV file (RFC 4180, with a header).</source>
        <translation>Le fichier CSV (RFC 4180, avec en-tête).</translation>
    </message>
    <message>
        <source>The sample ID column.</source>
        <translation>La colonne de l’identifiant d’échantillon.</translation>
    </message>
    <message>
        <source>The label column (may be left out for drift references and production windows).</source>
        <translation>La colonne des étiquettes (peut être omise pour les références de dérive et les fenêtres de production).</translation>
    </message>
    <message>
        <source>A version&apos;s score column, as LABEL=COL or MODEL:LABEL=COL; repeat per version.</source>
        <translation>La colonne de score d’une version, sous la forme LABEL=COL ou MODEL:LABEL=COL ; à répéter pour chaque version.</translation>
    </message>
    <message>
        <source>A subgroup column (sex, age band, site); repeat.</source>
        <translation>Une colonne de sous-groupe (sexe, tranche d’âge, site) ; répétable.</translation>
    </message>
    <message>
        <source>A feature column for drift monitoring (numeric, or categorical when any value is text); repeat, or separate with commas. Only with the file that creates the dataset.</source>
        <translation>Une colonne de variable pour la surveillance de la dérive (numérique, ou catégorielle si une valeur est du texte) ; à répéter, ou séparer par des virgules. Seulement avec le fichier qui crée le jeu de données.</translation>
    </message>
    <message>
        <source>The model the LABELs belong to (needed when the workspace has more than one model).</source>
        <translation>Le modèle auquel appartiennent les LABEL (nécessaire quand l’espace de travail a plus d’un modèle).</translation>
    </message>
    <message>
        <source>For a new dataset: validation, challenge, drift-reference or production-window.</source>
        <translation>Pour un nouveau jeu de données : validation, challenge, drift-reference ou production-window.</translation>
    </message>
    <message>
        <source>For a new dataset: the allowed labels (default 0,1).</source>
        <translation>Pour un nouveau jeu de données : les étiquettes permises (0,1 par défaut).</translation>
    </message>
    <message>
        <source>Create a validation or challenge set unlocked.</source>
        <translation>Créer un jeu de validation ou de test difficile non verrouillé.</translation>
    </message>
    <message>
        <source>import predictions: give --dataset NAME, --file F.csv, --id COL and at least one --score LABEL=COL</source>
        <translation>import predictions : donnez --dataset NAME, --file F.csv, --id COL et au moins un --score LABEL=COL</translation>
    </message>
    <message>
        <source>import predictions: --role is one of %1, not &quot;%2&quot;</source>
        <translation>import predictions : --role est l’un de %1, pas « %2 »</translation>
    </message>
    <message>
        <source>import predictions: &quot;%1&quot; is not LABEL=COL</source>
        <translation>import predictions : « %1 » n’est pas LABEL=COL</translation>
    </message>
    <message>
        <source>import predictions: the workspace has %1 models; give --model NAME or write MODEL:LABEL=COL</source>
        <translation>import predictions : l’espace de travail a %1 modèles ; donnez --model NAME ou écrivez MODEL:LABEL=COL</translation>
    </message>
    <message>
        <source>Created dataset %1: %2 row(s) read, %3 sample(s) added; file SHA-256 %4</source>
        <translation>Jeu de données %1 créé : %2 ligne(s) lue(s), %3 échantillon(s) ajouté(s) ; SHA-256 du fichier %4</translation>
    </message>
    <message>
        <source>Dataset %1: %2 row(s) read, %3 sample(s) added; file SHA-256 %4</source>
        <translation>Jeu de données %1 : %2 ligne(s) lue(s), %3 échantillon(s) ajouté(s) ; SHA-256 du fichier %4</translation>
    </message>
    <message>
        <source>  predictions of %1 stored</source>
        <translation>  prédictions de %1 enregistrées</translation>
    </message>
    <message>
        <source>  predictions of %1 already there, unchanged</source>
        <translation>  prédictions de %1 déjà présentes, inchangées</translation>
    </message>
    <message>
        <source>  features stored: %1</source>
        <translation>  variables enregistrées : %1</translation>
    </message>
    <message>
        <source>Attach a Great Expectations validation result (JSON, GX 0.x or 1.x) to a dataset as its data-contract evidence.</source>
        <translation>Joindre un résultat de validation Great Expectations (JSON, GX 0.x ou 1.x) à un jeu de données comme preuve du contrat de données.</translation>
    </message>
    <message>
        <source>The validation result JSON.</source>
        <translation>Le JSON du résultat de validation.</translation>
    </message>
    <message>
        <source>import expectations: give --dataset NAME and --file FILE</source>
        <translation>import expectations : donnez --dataset NAME et --file FILE</translation>
    </message>
    <message>
        <source>Attached suite %1 (%2 of %3 expectations met) to dataset %4</source>
        <translation>Suite %1 (%2 attentes sur %3 satisfaites) jointe au jeu de données %4</translation>
    </message>
    <message>
        <source>Attach the training code&apos;s commit (author, date, message) and configuration files at that commit to an imported version. The repository is only read.</source>
        <translation>Joindre le commit du code d’entraînement (auteur, date, message) et les fichiers de configuration à ce commit à une version importée. Le dépôt est seulement lu.</translation>
    </message>
    <message>
        <source>The git repository of the training code.</source>
        <translation>Le dépôt git du code d’entraînement.</translation>
    </message>
    <message>
        <source>The commit (default: the version&apos;s code commit from MLflow).</source>
        <translation>Le commit (par défaut : le commit de code de la version, venant de MLflow).</translation>
    </message>
    <message>
        <source>A configuration file to record (repeatable).</source>
        <translation>Un fichier de configuration à consigner (répétable).</translation>
    </message>
    <message>
        <source>import git: --repo DIR is required</source>
        <translation>import git : --repo DIR est obligatoire</translation>
    </message>
    <message>
        <source>model %1 has no version %2 in this workspace; import it first</source>
        <translation>le modèle %1 n’a pas de version %2 dans cet espace de travail ; importez-la d’abord</translation>
    </message>
    <message>
        <source>import git: version %1 records no code commit; give --commit REV</source>
        <translation>import git : la version %1 ne consigne aucun commit de code ; donnez --commit REV</translation>
    </message>
    <message>
        <source>Attached commit %1 (%2, %3) and %4 configuration file(s) to %5</source>
        <translation>Commit %1 (%2, %3) et %4 fichier(s) de configuration joints à %5</translation>
    </message>
    <message>
        <source>import: expected a source: mlflow, dvc, git, predictions or expectations</source>
        <translation>import : une source est attendue : mlflow, dvc, git, predictions ou expectations</translation>
    </message>
    <message>
        <source>List the models and their versions&apos; states.</source>
        <translation>Lister les modèles et l’état de leurs versions.</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>Écrire du JSON.</translation>
    </message>
    <message>
        <source>no versions</source>
        <translation>aucune version</translation>
    </message>
    <message>
        <source>No models yet: import some with countersign-cli import mlflow</source>
        <translation>Pas encore de modèle : importez-en avec countersign-cli import mlflow</translation>
    </message>
    <message>
        <source>model: expected describe</source>
        <translation>model : describe est attendu</translation>
    </message>
    <message>
        <source>Record what a model is for and who answers for it. Fields not given keep their value; the change is audited with the reason.</source>
        <translation>Consigner à quoi sert un modèle et qui en répond. Les champs non donnés gardent leur valeur ; la modification est auditée avec le motif.</translation>
    </message>
    <message>
        <source>The intended use statement.</source>
        <translation>La déclaration d’usage prévu.</translation>
    </message>
    <message>
        <source>Device class, e.g. &quot;IIa (EU MDR)&quot;.</source>
        <translation>Classe du dispositif, par exemple « IIa (EU MDR) ».</translation>
    </message>
    <message>
        <source>Risk class, e.g. &quot;IMDRF SaMD III&quot;.</source>
        <translation>Classe de risque, par exemple « IMDRF SaMD III ».</translation>
    </message>
    <message>
        <source>Who answers for the model.</source>
        <translation>Qui répond du modèle.</translation>
    </message>
    <message>
        <source>Why (recorded in the audit trail).</source>
        <translation>Pourquoi (consigné dans la piste d’audit).</translation>
    </message>
    <message>
        <source>Described model %1</source>
        <translation>Modèle %1 décrit</translation>
    </message>
    <message>
        <source>List the datasets: role, lock, samples, the files imported for them with their SHA-256, and the versions with predictions.</source>
        <translation>Lister les jeux de données : rôle, verrouillage, échantillons, les fichiers importés pour eux avec leur SHA-256, et les versions ayant des prédictions.</translation>
    </message>
    <message>
        <source>%1: %2, locked, %3 samples; predictions of %4</source>
        <translation>%1 : %2, verrouillé, %3 échantillons ; prédictions de %4</translation>
    </message>
    <message>
        <source>%1: %2, unlocked, %3 samples; predictions of %4</source>
        <translation>%1 : %2, non verrouillé, %3 échantillons ; prédictions de %4</translation>
    </message>
    <message>
        <source>no version</source>
        <translation>aucune version</translation>
    </message>
    <message>
        <source>No datasets yet: import a prediction file with countersign-cli import predictions</source>
        <translation>Pas encore de jeu de données : importez un fichier de prédictions avec countersign-cli import predictions</translation>
    </message>
    <message>
        <source>List the versions of a model with their evidence.</source>
        <translation>Lister les versions d’un modèle avec leurs preuves.</translation>
    </message>
    <message>
        <source>Print JSON, with the whole evidence.</source>
        <translation>Écrire du JSON, avec toutes les preuves.</translation>
    </message>
    <message>
        <source>there is no model &quot;%1&quot; in this workspace</source>
        <translation>il n’y a pas de modèle « %1 » dans cet espace de travail</translation>
    </message>
    <message>
        <source>VERSION</source>
        <translation>VERSION</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>ÉTAT</translation>
    </message>
    <message>
        <source>COMMIT</source>
        <translation>COMMIT</translation>
    </message>
    <message>
        <source>IMPORTED</source>
        <translation>IMPORTÉE</translation>
    </message>
    <message>
        <source>SOURCE</source>
        <translation>SOURCE</translation>
    </message>
    <message>
        <source>What differs between two versions of a model: parameters (JSON values structurally), metrics, tags, stage and aliases, code commit, artifact digests and dataset inputs.</source>
        <translation>Ce qui diffère entre deux versions d’un modèle : paramètres (valeurs JSON, structurellement), métriques, tags, étape et alias, commit de code, empreintes d’artefacts et données d’entrée.</translation>
    </message>
    <message>
        <source>Also list the files changed between the two code commits in this repository.</source>
        <translation>Lister aussi les fichiers modifiés entre les deux commits de code dans ce dépôt.</translation>
    </message>
    <message>
        <source>diff: both versions need a code commit to compare their files</source>
        <translation>diff : les deux versions ont besoin d’un commit de code pour comparer leurs fichiers</translation>
    </message>
    <message>
        <source>%1: version %2 -&gt; %3, %4 difference(s)</source>
        <translation>%1 : version %2 -&gt; %3, %4 différence(s)</translation>
    </message>
    <message>
        <source>  - %1 (was %2)</source>
        <translation>  - %1 (était %2)</translation>
    </message>
    <message>
        <source>Move a model version through its lifecycle, with a reason.</source>
        <translation>Faire avancer une version de modèle dans son cycle de vie, avec un motif.</translation>
    </message>
    <message>
        <source>under-validation, validated, approved, production, superseded, retired or withdrawn.</source>
        <translation>under-validation, validated, approved, production, superseded, retired ou withdrawn.</translation>
    </message>
    <message>
        <source>Why.</source>
        <translation>Pourquoi.</translation>
    </message>
    <message>
        <source>transition: --to must name a lifecycle state, not &quot;%1&quot;</source>
        <translation>transition : --to doit nommer un état du cycle de vie, pas « %1 »</translation>
    </message>
    <message>
        <source>Version %1 of %2 is now %3</source>
        <translation>La version %1 de %2 est maintenant %3</translation>
    </message>
</context>
<context>
    <name>cs::cli::Main</name>
    <message>
        <source>countersign-cli: unknown command &quot;%1&quot;; run countersign-cli --help for the list</source>
        <translation>countersign-cli : commande inconnue « %1 » ; lancez countersign-cli --help pour la liste</translation>
    </message>
</context>
<context>
    <name>cs::cli::PackageCli</name>
    <message>
        <source>The PDF file to write.</source>
        <translation>Le fichier PDF à écrire.</translation>
    </message>
    <message>
        <source>a4 (the default) or letter.</source>
        <translation>a4 (par défaut) ou letter.</translation>
    </message>
    <message>
        <source>%1: --out FILE, --user USER and --pkcs12 FILE are required</source>
        <translation>%1 : --out FILE, --user USER et --pkcs12 FILE sont obligatoires</translation>
    </message>
    <message>
        <source>%1: --paper must be a4 or letter, not &quot;%2&quot;</source>
        <translation>%1 : --paper doit être a4 ou letter, pas « %2 »</translation>
    </message>
    <message>
        <source>Exported %1 to %2 (%3 bytes, SHA-256 %4), signed by you</source>
        <translation>%1 exporté vers %2 (%3 octets, SHA-256 %4), signé par vous</translation>
    </message>
    <message>
        <source>Export a change request&apos;s change-control package as a PDF/A-1b file signed with your certificate (PAdES). You give your user ID and password, then your key file&apos;s passphrase.</source>
        <translation>Exporter le dossier de maîtrise des modifications d’une demande comme fichier PDF/A-1b signé avec votre certificat (PAdES). Vous donnez votre identifiant et votre mot de passe, puis la phrase secrète de votre fichier de clé.</translation>
    </message>
    <message>
        <source>Exporting the package of %1</source>
        <translation>Export du dossier de %1</translation>
    </message>
    <message>
        <source>the change-control package of %1</source>
        <translation>le dossier de maîtrise des modifications de %1</translation>
    </message>
    <message>
        <source>Verify a signed change-control package: the PDF signature over its byte range, that nothing was appended after signing, the signer&apos;s certificate chain to a CA you trust (--ca, or the workspace&apos;s trust store), and with --workspace that the export is recorded and every digest in the package matches the records. Exit 0 valid, 1 invalid (the finding is printed), 2 unreadable.</source>
        <translation>Vérifier un dossier de maîtrise des modifications signé : la signature PDF sur sa plage d’octets, que rien n’a été ajouté après la signature, la chaîne de certificats du signataire jusqu’à une AC de confiance (--ca, ou le magasin de confiance de l’espace de travail), et avec --workspace que l’export est consigné et que chaque empreinte du dossier correspond aux enregistrements. Code 0 valide, 1 invalide (le constat est écrit), 2 illisible.</translation>
    </message>
    <message>
        <source>The workspace the package comes from (opened read-only).</source>
        <translation>L’espace de travail d’où vient le dossier (ouvert en lecture seule).</translation>
    </message>
    <message>
        <source>A CA certificate (PEM or DER) to trust; may be repeated.</source>
        <translation>Un certificat d’AC (PEM ou DER) de confiance ; répétable.</translation>
    </message>
    <message>
        <source>Print the result as JSON.</source>
        <translation>Écrire le résultat en JSON.</translation>
    </message>
    <message>
        <source>package verify: give the CA to trust (--ca FILE) or the workspace (--workspace W)</source>
        <translation>package verify : donnez l’AC de confiance (--ca FILE) ou l’espace de travail (--workspace W)</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>%1 (%2 bytes, SHA-256 %3)</source>
        <translation>%1 (%2 octets, SHA-256 %3)</translation>
    </message>
    <message>
        <source>Export the inspector&apos;s audit report as a PDF/A-1b file signed with your certificate: the workspace&apos;s identity and verifier key, the verification of the trail, checkpoints, reviews, signatures, account and settings changes, and every event of the range with its hashes. Dates are UTC: --from 2026-10-01 --to 2026-10-31 lists the whole of October.</source>
        <translation>Exporter le rapport d’audit pour l’inspecteur comme fichier PDF/A-1b signé avec votre certificat : l’identité et la clé de vérification de l’espace de travail, la vérification de la piste, les points de contrôle, les revues, les signatures, les modifications de comptes et de paramètres, et chaque événement de la période avec ses hachages. Les dates sont en UTC : --from 2026-10-01 --to 2026-10-31 couvre tout octobre.</translation>
    </message>
    <message>
        <source>The first day (or time) to list, UTC.</source>
        <translation>Le premier jour (ou instant) à lister, UTC.</translation>
    </message>
    <message>
        <source>The last day to list (or the time to stop before), UTC.</source>
        <translation>Le dernier jour à lister (ou l’instant avant lequel s’arrêter), UTC.</translation>
    </message>
    <message>
        <source>report audit: --%1 &quot;%2&quot; is not a date (2026-10-18) or a UTC time (2026-10-18T09:00:00Z)</source>
        <translation>report audit : --%1 « %2 » n’est ni une date (2026-10-18) ni une heure UTC (2026-10-18T09:00:00Z)</translation>
    </message>
    <message>
        <source>report audit: --to must come after --from</source>
        <translation>report audit : --to doit venir après --from</translation>
    </message>
    <message>
        <source>Exporting the audit report</source>
        <translation>Export du rapport d’audit</translation>
    </message>
    <message>
        <source>the audit report</source>
        <translation>le rapport d’audit</translation>
    </message>
    <message>
        <source>Export a model&apos;s PCCP as a PDF/A-1b document signed with your certificate, in the structure of FDA&apos;s PCCP guidance: modifications, modification protocols with their acceptance criteria, impact assessment, traceability table and real-world monitoring rules, with the version&apos;s status and signatures.</source>
        <translation>Exporter le PCCP d’un modèle comme document PDF/A-1b signé avec votre certificat, selon la structure du guide PCCP de la FDA : modifications, protocoles de modification avec leurs critères d’acceptation, évaluation d’impact, tableau de traçabilité et règles de surveillance en conditions réelles, avec l’état et les signatures de la version.</translation>
    </message>
    <message>
        <source>The PCCP version (default: the one in force, else the newest).</source>
        <translation>La version du PCCP (par défaut : celle en vigueur, sinon la plus récente).</translation>
    </message>
    <message>
        <source>Exporting the PCCP</source>
        <translation>Export du PCCP</translation>
    </message>
    <message>
        <source>the PCCP of %1</source>
        <translation>le PCCP de %1</translation>
    </message>
</context>
<context>
    <name>cs::cli::PccpCli</name>
    <message>
        <source>Real-world monitoring</source>
        <translation>Surveillance en conditions réelles</translation>
    </message>
    <message>
        <source>Traceability (modification x protocol part: described, rules)</source>
        <translation>Traçabilité (modification x partie du protocole : décrite, règles)</translation>
    </message>
    <message>
        <source>Check a PCCP written in YAML: every modification, every acceptance rule in words and the traceability table, or every problem with the file, line and field. Needs no workspace.</source>
        <translation>Vérifier un PCCP écrit en YAML : chaque modification, chaque règle d’acceptation en toutes lettres et le tableau de traçabilité, ou chaque problème avec le fichier, la ligne et le champ. Aucun espace de travail n’est nécessaire.</translation>
    </message>
    <message>
        <source>Print the PCCP and its traceability table as JSON.</source>
        <translation>Écrire le PCCP et son tableau de traçabilité en JSON.</translation>
    </message>
    <message>
        <source>%1 (model %2)</source>
        <translation>%1 (modèle %2)</translation>
    </message>
    <message>
        <source>Save a PCCP written in YAML as the next version of its model&apos;s PCCP (regulatory affairs). It is in force once you sign it as authored and a QA officer approves it (pccp sign).</source>
        <translation>Enregistrer un PCCP écrit en YAML comme version suivante du PCCP de son modèle (affaires réglementaires). Il est en vigueur une fois que vous l’avez signé comme auteur et qu’un responsable qualité l’a approuvé (pccp sign).</translation>
    </message>
    <message>
        <source>Saved version %1 of the PCCP of %2 (content SHA-256 %3); it is in force once its author signs it as authored and a QA officer approves it: pccp sign %4 %5 --version %6 --meaning authored|approved</source>
        <translation>Version %1 du PCCP de %2 enregistrée (contenu SHA-256 %3) ; elle est en vigueur une fois que son auteur l’a signée comme auteur et qu’un responsable qualité l’a approuvée : pccp sign %4 %5 --version %6 --meaning authored|approved</translation>
    </message>
    <message>
        <source>List every version of every model&apos;s PCCP with its status and signatures.</source>
        <translation>Lister chaque version du PCCP de chaque modèle avec son état et ses signatures.</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>Écrire du JSON.</translation>
    </message>
    <message>
        <source>No PCCP in this workspace; import one with pccp import WORKSPACE FILE.yaml</source>
        <translation>Aucun PCCP dans cet espace de travail ; importez-en un avec pccp import WORKSPACE FILE.yaml</translation>
    </message>
    <message>
        <source>MODEL</source>
        <translation>MODÈLE</translation>
    </message>
    <message>
        <source>VERSION</source>
        <translation>VERSION</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>STATUT</translation>
    </message>
    <message>
        <source>SAVED</source>
        <translation>ENREGISTRÉ</translation>
    </message>
    <message>
        <source>SIGNATURES</source>
        <translation>SIGNATURES</translation>
    </message>
    <message>
        <source>Show a model&apos;s PCCP: the version in force (or the newest), or the one --version names, with its signatures, every modification and rule in words, and the traceability table.</source>
        <translation>Afficher le PCCP d’un modèle : la version en vigueur (ou la plus récente), ou celle que nomme --version, avec ses signatures, chaque modification et règle en toutes lettres, et le tableau de traçabilité.</translation>
    </message>
    <message>
        <source>The version to show.</source>
        <translation>La version à afficher.</translation>
    </message>
    <message>
        <source>model %1 has no PCCP version %2</source>
        <translation>le modèle %1 n’a pas de version %2 du PCCP</translation>
    </message>
    <message>
        <source>model %1 has no PCCP in this workspace</source>
        <translation>le modèle %1 n’a pas de PCCP dans cet espace de travail</translation>
    </message>
    <message>
        <source>%1
PCCP of %2, version %3: %4
Saved by %5 at %6 from %7; content SHA-256 %8
Signatures: %9</source>
        <translation>%1
PCCP de %2, version %3 : %4
Enregistré par %5 le %6 depuis %7 ; contenu SHA-256 %8
Signatures : %9</translation>
    </message>
    <message>
        <source>Sign a version of a model&apos;s PCCP: its author (regulatory affairs) as authored, then a QA officer who is not the author as approved. The newest approved version is in force.</source>
        <translation>Signer une version du PCCP d’un modèle : son auteur (affaires réglementaires) comme auteur, puis un responsable qualité qui n’en est pas l’auteur comme approuvée. La version approuvée la plus récente est en vigueur.</translation>
    </message>
    <message>
        <source>The version to sign.</source>
        <translation>La version à signer.</translation>
    </message>
    <message>
        <source>authored or approved.</source>
        <translation>authored ou approved.</translation>
    </message>
    <message>
        <source>Why you sign.</source>
        <translation>Pourquoi vous signez.</translation>
    </message>
    <message>
        <source>pccp sign: --version N, --meaning authored|approved, --user USER and --pkcs12 FILE are required</source>
        <translation>pccp sign : --version N, --meaning authored|approved, --user USER et --pkcs12 FILE sont obligatoires</translation>
    </message>
    <message>
        <source>Signature %1: pccp:%2 signed as &quot;%3&quot;; the version is now %4</source>
        <translation>Signature %1 : pccp:%2 signé comme « %3 » ; la version est maintenant %4</translation>
    </message>
</context>
<context>
    <name>cs::cli::StatsCommands</name>
    <message>
        <source>Compare a reference and a candidate model on one validation set: AUC with DeLong intervals and the paired DeLong test, sensitivity, specificity, PPV, NPV and accuracy with Wilson intervals, Brier score, McNemar&apos;s test, Newcombe&apos;s interval for the accuracy difference and the non-inferiority decision.</source>
        <translation>Comparer un modèle de référence et un modèle candidat sur un jeu de validation : AUC avec intervalles de DeLong et test de DeLong apparié, sensibilité, spécificité, VPP, VPN et exactitude avec intervalles de Wilson, score de Brier, test de McNemar, intervalle de Newcombe pour la différence d’exactitude et décision de non-infériorité.</translation>
    </message>
    <message>
        <source>The label column (0/1, true/false, yes/no).</source>
        <translation>La colonne des étiquettes (0/1, true/false, yes/no).</translation>
    </message>
    <message>
        <source>The reference model&apos;s score column.</source>
        <translation>La colonne de score du modèle de référence.</translation>
    </message>
    <message>
        <source>The candidate model&apos;s score column.</source>
        <translation>La colonne de score du modèle candidat.</translation>
    </message>
    <message>
        <source>Predicted positive iff score &gt;= T (default 0.5).</source>
        <translation>Prédit positif si et seulement si score &gt;= T (0,5 par défaut).</translation>
    </message>
    <message>
        <source>Threshold of the reference model.</source>
        <translation>Seuil du modèle de référence.</translation>
    </message>
    <message>
        <source>Threshold of the candidate model.</source>
        <translation>Seuil du modèle candidat.</translation>
    </message>
    <message>
        <source>1 - confidence level (default 0.05).</source>
        <translation>1 - niveau de confiance (0,05 par défaut).</translation>
    </message>
    <message>
        <source>Non-inferiority margin on accuracy (default 0.05).</source>
        <translation>Marge de non-infériorité sur l’exactitude (0,05 par défaut).</translation>
    </message>
    <message>
        <source>A subgroup column: metrics per group.</source>
        <translation>Une colonne de sous-groupe : métriques par groupe.</translation>
    </message>
    <message>
        <source>With a WORKSPACE instead of FILE.csv: the dataset whose stored predictions are compared.</source>
        <translation>Avec un WORKSPACE au lieu de FILE.csv : le jeu de données dont les prédictions enregistrées sont comparées.</translation>
    </message>
    <message>
        <source>With --dataset: the model (needed when versions of several models have predictions on the dataset).</source>
        <translation>Avec --dataset : le modèle (nécessaire quand des versions de plusieurs modèles ont des prédictions sur le jeu de données).</translation>
    </message>
    <message>
        <source>With --dataset: the reference version.</source>
        <translation>Avec --dataset : la version de référence.</translation>
    </message>
    <message>
        <source>With --dataset: the candidate version.</source>
        <translation>Avec --dataset : la version candidate.</translation>
    </message>
    <message>
        <source>Print JSON (the only output for now).</source>
        <translation>Écrire du JSON (la seule sortie pour l’instant).</translation>
    </message>
    <message>
        <source>stats compare: give FILE.csv with --label COL, --reference COL and --candidate COL, or WORKSPACE with --dataset NAME, --reference-version V and --candidate-version V</source>
        <translation>stats compare : donnez FILE.csv avec --label COL, --reference COL et --candidate COL, ou WORKSPACE avec --dataset NAME, --reference-version V et --candidate-version V</translation>
    </message>
    <message>
        <source>stats compare: --threshold, --alpha (between 0 and 1) and --margin take numbers</source>
        <translation>stats compare : --threshold, --alpha (entre 0 et 1) et --margin attendent des nombres</translation>
    </message>
    <message>
        <source>stats compare: --%1 takes a number</source>
        <translation>stats compare : --%1 attend un nombre</translation>
    </message>
    <message>
        <source>Compare a reference window with a current window column by column, with Evidently&apos;s default test for each column (Kolmogorov-Smirnov, chi-square, two-proportion z, Jensen-Shannon or Wasserstein) and the population stability index.</source>
        <translation>Comparer une fenêtre de référence et une fenêtre actuelle colonne par colonne, avec le test par défaut d’Evidently pour chaque colonne (Kolmogorov-Smirnov, khi-deux, z à deux proportions, Jensen-Shannon ou Wasserstein) et l’indice de stabilité de la population.</translation>
    </message>
    <message>
        <source>The reference window (CSV).</source>
        <translation>La fenêtre de référence (CSV).</translation>
    </message>
    <message>
        <source>The current window (CSV).</source>
        <translation>La fenêtre actuelle (CSV).</translation>
    </message>
    <message>
        <source>Only these columns, comma-separated (default: every column of the reference).</source>
        <translation>Seulement ces colonnes, séparées par des virgules (par défaut : chaque colonne de la référence).</translation>
    </message>
    <message>
        <source>PSI bins: reference quantiles (default 10).</source>
        <translation>Classes PSI : quantiles de la référence (10 par défaut).</translation>
    </message>
    <message>
        <source>stats drift: give --reference REF.csv and --current CUR.csv</source>
        <translation>stats drift : donnez --reference REF.csv et --current CUR.csv</translation>
    </message>
    <message>
        <source>stats drift: --bins takes a whole number from 2 to 1000, not &quot;%1&quot;</source>
        <translation>stats drift : --bins attend un nombre entier de 2 à 1000, pas « %1 »</translation>
    </message>
    <message>
        <source>stats: expected compare or drift</source>
        <translation>stats : compare ou drift est attendu</translation>
    </message>
</context>
<context>
    <name>cs::ossl</name>
    <message>
        <source>unknown OpenSSL error</source>
        <translation>erreur OpenSSL inconnue</translation>
    </message>
</context>
<context>
    <name>cs::reports::AuditReport</name>
    <message>
        <source>the whole trail</source>
        <translation>toute la piste</translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <translation>du %1 au %2</translation>
    </message>
    <message>
        <source>the beginning</source>
        <translation>le début</translation>
    </message>
    <message>
        <source>before %1</source>
        <translation>avant %1</translation>
    </message>
    <message>
        <source>the end</source>
        <translation>la fin</translation>
    </message>
    <message>
        <source>Audit report</source>
        <translation>Rapport d’audit</translation>
    </message>
    <message>
        <source>Demo workspace: invented data, for trying Countersign only.</source>
        <translation>Espace de travail de démonstration : données inventées, uniquement pour essayer Countersign.</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>Espace de travail</translation>
    </message>
    <message>
        <source>Verifier key</source>
        <translation>Clé de vérification</translation>
    </message>
    <message>
        <source>Events listed</source>
        <translation>Événements listés</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Exporté</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 par %2</translation>
    </message>
    <message>
        <source>This report is signed by the person who exported it (PAdES, ETSI.CAdES.detached). Its checkpoint can be checked with the verifier key above, which the workspace recorded when it was created; every event&apos;s chain hash follows from the one before it (docs/audit-trail.md).</source>
        <translation>Ce rapport est signé par la personne qui l’a exporté (PAdES, ETSI.CAdES.detached). Son point de contrôle se vérifie avec la clé de vérification ci-dessus, enregistrée par l’espace de travail à sa création ; le hachage de chaîne de chaque événement découle du précédent (docs/audit-trail.md).</translation>
    </message>
    <message>
        <source>1. Verification of the whole trail</source>
        <translation>1. Vérification de toute la piste</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Événements</translation>
    </message>
    <message>
        <source>Checkpoints checked</source>
        <translation>Points de contrôle vérifiés</translation>
    </message>
    <message>
        <source>Root hash</source>
        <translation>Hachage racine</translation>
    </message>
    <message>
        <source>Chain head</source>
        <translation>Tête de chaîne</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Constat</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Avertissement : %1</translation>
    </message>
    <message>
        <source>2. Checkpoints</source>
        <translation>2. Points de contrôle</translation>
    </message>
    <message>
        <source>Every checkpoint written in the range; the last is the one this export wrote or found current. Its note, verbatim:</source>
        <translation>Chaque point de contrôle écrit dans la plage ; le dernier est celui que cet export a écrit ou trouvé à jour. Sa note, mot pour mot :</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>Signed (UTC)</source>
        <translation>Signé (UTC)</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <source>Root hash (base64)</source>
        <translation>Hachage racine (base64)</translation>
    </message>
    <message>
        <source>3. Audit-trail reviews</source>
        <translation>3. Revues de la piste d’audit</translation>
    </message>
    <message>
        <source>Reviewed (UTC)</source>
        <translation>Revu (UTC)</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>Réviseur</translation>
    </message>
    <message>
        <source>4. Signatures (21 CFR 11.50 manifestation)</source>
        <translation>4. Signatures (manifestation selon 21 CFR 11.50)</translation>
    </message>
    <message>
        <source>Printed name (user ID, role)</source>
        <translation>Nom imprimé (identifiant, rôle)</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>Signification</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Enregistrement</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Raison</translation>
    </message>
    <message>
        <source>Verified now</source>
        <translation>Vérifiée maintenant</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>valide</translation>
    </message>
    <message>
        <source>NOT VALID: %1</source>
        <translation>NON VALIDE : %1</translation>
    </message>
    <message>
        <source>5. Accounts, roles, lockouts and failed sign-ins</source>
        <translation>5. Comptes, rôles, verrouillages et connexions échouées</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>Heure (UTC)</translation>
    </message>
    <message>
        <source>Account or setting</source>
        <translation>Compte ou paramètre</translation>
    </message>
    <message>
        <source>Change and reason</source>
        <translation>Modification et raison</translation>
    </message>
    <message>
        <source>%1 -&gt; %2</source>
        <translation>%1 -&gt; %2</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Raison : %1</translation>
    </message>
    <message>
        <source>6. Settings changes</source>
        <translation>6. Modifications des paramètres</translation>
    </message>
    <message>
        <source>7. Events</source>
        <translation>7. Événements</translation>
    </message>
    <message>
        <source>Every event of the range with its leaf hash (SHA-256 of a zero byte and the event&apos;s canonical bytes) and its chain hash (SHA-256 of the previous chain hash and the leaf hash).</source>
        <translation>Chaque événement de la plage avec son hachage de feuille (SHA-256 d’un octet nul et des octets canoniques de l’événement) et son hachage de chaîne (SHA-256 du hachage de chaîne précédent et du hachage de feuille).</translation>
    </message>
    <message>
        <source>Action, record, reason</source>
        <translation>Action, enregistrement, raison</translation>
    </message>
    <message>
        <source>Leaf hash, chain hash</source>
        <translation>Hachage de feuille, hachage de chaîne</translation>
    </message>
    <message>
        <source>an audit report carries a signed checkpoint of the trail, and %1</source>
        <translation>un rapport d’audit contient un point de contrôle signé de la piste, et %1</translation>
    </message>
    <message>
        <source>Audit report of %1</source>
        <translation>Rapport d’audit de %1</translation>
    </message>
    <message>
        <source>Audit report, %1</source>
        <translation>Rapport d’audit, %1</translation>
    </message>
    <message>
        <source>Exported by %1 as the audit report of %2</source>
        <translation>Exporté par %1 comme rapport d’audit de %2</translation>
    </message>
    <message>
        <source>the export of the audit report was recorded (SHA-256 %1) but %2</source>
        <translation>l’export du rapport d’audit a été enregistré (SHA-256 %1), mais %2</translation>
    </message>
</context>
<context>
    <name>cs::reports::ChangeControlPackage</name>
    <message>
        <source>version %1 of %2, a first release (no baseline)</source>
        <translation>version %1 de %2, une première mise en production (pas de référence)</translation>
    </message>
    <message>
        <source>version %1 of %2 against version %3 in production</source>
        <translation>version %1 de %2 contre la version %3 en production</translation>
    </message>
    <message>
        <source>, and against the originally cleared version %1</source>
        <translation>, et contre la version autorisée à l’origine %1</translation>
    </message>
    <message>
        <source>&lt;p&gt;No signature on this request yet.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Pas encore de signature sur cette demande.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>Printed name (user ID, role)</source>
        <translation>Nom imprimé (identifiant, rôle)</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>Signification</translation>
    </message>
    <message>
        <source>Signed at</source>
        <translation>Signé le</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Raison</translation>
    </message>
    <message>
        <source>Verified at export</source>
        <translation>Vérifiée à l’export</translation>
    </message>
    <message>
        <source>signature %1</source>
        <translation>signature %1</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>valide</translation>
    </message>
    <message>
        <source>NOT VALID: %1</source>
        <translation>NON VALIDE : %1</translation>
    </message>
    <message>
        <source>Certificate %1, issued by %2, serial %3, SHA-256 fingerprint</source>
        <translation>Certificat %1, émis par %2, numéro de série %3, empreinte SHA-256</translation>
    </message>
    <message>
        <source>Certificate %1 (unreadable)</source>
        <translation>Certificat %1 (illisible)</translation>
    </message>
    <message>
        <source>Change-control package</source>
        <translation>Dossier de maîtrise des modifications</translation>
    </message>
    <message>
        <source>Demo workspace: invented data, for trying Countersign only.</source>
        <translation>Espace de travail de démonstration : données inventées, uniquement pour essayer Countersign.</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>Espace de travail</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Intended use</source>
        <translation>Usage prévu</translation>
    </message>
    <message>
        <source>Device class</source>
        <translation>Classe du dispositif</translation>
    </message>
    <message>
        <source>Risk class</source>
        <translation>Classe de risque</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Modification</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>%1, revision %2</source>
        <translation>%1, révision %2</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Exporté</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 par %2</translation>
    </message>
    <message>
        <source>Signature manifestation</source>
        <translation>Manifestation de signature</translation>
    </message>
    <message>
        <source>2. Summary</source>
        <translation>2. Résumé</translation>
    </message>
    <message>
        <source>Trigger</source>
        <translation>Déclencheur</translation>
    </message>
    <message>
        <source>Classification</source>
        <translation>Classification</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Rationale</source>
        <translation>Justification</translation>
    </message>
    <message>
        <source>Verdicts</source>
        <translation>Verdicts</translation>
    </message>
    <message>
        <source>Thresholds: candidate %1, baseline %2. Alpha %3. Non-inferiority margins: sensitivity %4, specificity %5, accuracy %6 (points), AUC %7. Subgroups: %8, with at least %9 positives for a verdict.</source>
        <translation>Seuils : candidate %1, référence %2. Alpha %3. Marges de non-infériorité : sensibilité %4, spécificité %5, exactitude %6 (points), AUC %7. Sous-groupes : %8, avec au moins %9 positifs pour un verdict.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>5. Validation</source>
        <translation>5. Validation</translation>
    </message>
    <message>
        <source>5.%1 %2 (%3 set): %4 samples, %5 positives (prevalence %6%)</source>
        <translation>5.%1 %2 (jeu %3) : %4 échantillons, %5 positifs (prévalence %6 %)</translation>
    </message>
    <message>
        <source>Confusion matrices at each version&apos;s threshold</source>
        <translation>Matrices de confusion au seuil de chaque version</translation>
    </message>
    <message>
        <source>ROC curves and calibration (reliability diagram)</source>
        <translation>Courbes ROC et calibration (diagramme de fiabilité)</translation>
    </message>
    <message>
        <source>Sensitivity difference per subgroup, against the non-inferiority margin</source>
        <translation>Différence de sensibilité par sous-groupe, face à la marge de non-infériorité</translation>
    </message>
    <message>
        <source>Subgroups by %1: %2</source>
        <translation>Sous-groupes par %1 : %2</translation>
    </message>
    <message>
        <source>Against the originally cleared version %1 (threshold %2)</source>
        <translation>Face à la version autorisée à l’origine %1 (seuil %2)</translation>
    </message>
    <message>
        <source>Against the cleared version, subgroups by %1: sensitivity</source>
        <translation>Face à la version autorisée, sous-groupes par %1 : sensibilité</translation>
    </message>
    <message>
        <source>7. Risk-benefit analysis and rollback plan</source>
        <translation>7. Analyse bénéfice-risque et plan de retour arrière</translation>
    </message>
    <message>
        <source>Benefits</source>
        <translation>Bénéfices</translation>
    </message>
    <message>
        <source>Risks considered</source>
        <translation>Risques considérés</translation>
    </message>
    <message>
        <source>Mitigations</source>
        <translation>Mesures d’atténuation</translation>
    </message>
    <message>
        <source>Residual risk</source>
        <translation>Risque résiduel</translation>
    </message>
    <message>
        <source>Rollback plan</source>
        <translation>Plan de retour arrière</translation>
    </message>
    <message>
        <source>No version to return to (a first release): retire the version instead.</source>
        <translation>Aucune version à laquelle revenir (une première mise en production) : retirez plutôt la version.</translation>
    </message>
    <message>
        <source>Return to version %1 when: %2</source>
        <translation>Retour à la version %1 si : %2</translation>
    </message>
    <message>
        <source>8. Approval record and audit-trail excerpt</source>
        <translation>8. Enregistrement d’approbation et extrait de la piste d’audit</translation>
    </message>
    <message>
        <source>8.1 Steps and signatures</source>
        <translation>8.1 Étapes et signatures</translation>
    </message>
    <message>
        <source>When (UTC)</source>
        <translation>Quand (UTC)</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>To</source>
        <translation>À</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Signature</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Révision</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Verrouillé</translation>
    </message>
    <message>
        <source>What changed from the one before</source>
        <translation>Ce qui a changé depuis la précédente</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>8.2 Revisions</source>
        <translation>8.2 Révisions</translation>
    </message>
    <message>
        <source>8.3 Audit-trail excerpt</source>
        <translation>8.3 Extrait de la piste d’audit</translation>
    </message>
    <message>
        <source>No excerpt: this copy was not made by an export (only an export writes the checkpoint an excerpt is proved against).</source>
        <translation>Pas d’extrait : cette copie n’a pas été faite par un export (seul un export écrit le point de contrôle contre lequel un extrait est prouvé).</translation>
    </message>
    <message>
        <source>the package&apos;s excerpt</source>
        <translation>l’extrait du dossier</translation>
    </message>
    <message>
        <source>The excerpt does not verify: %1</source>
        <translation>L’extrait ne se vérifie pas : %1</translation>
    </message>
    <message>
        <source>Every event of the audit trail about %1, its versions, its datasets and its signatures, up to the checkpoint below: %2 of the %3 events the checkpoint covers. Each event&apos;s leaf hash is the SHA-256 of a zero byte followed by the event&apos;s canonical bytes (RFC 8785 JSON, docs/audit-trail.md); its inclusion proof (RFC 6962, nearest sibling first) leads from the leaf to the root hash the checkpoint signs. The canonical bytes of every event, the proofs and the checkpoint are also in the manifest the PDF signature covers (key audit_excerpt), so that they can be checked without retyping: the appendix says how.</source>
        <translation>Chaque événement de la piste d’audit concernant %1, ses versions, ses jeux de données et ses signatures, jusqu’au point de contrôle ci-dessous : %2 des %3 événements que couvre le point de contrôle. Le hachage de feuille de chaque événement est le SHA-256 d’un octet nul suivi des octets canoniques de l’événement (JSON RFC 8785, docs/audit-trail.md) ; sa preuve d’inclusion (RFC 6962, voisin le plus proche d’abord) mène de la feuille au hachage racine que signe le point de contrôle. Les octets canoniques de chaque événement, les preuves et le point de contrôle figurent aussi dans le manifeste que couvre la signature du PDF (clé audit_excerpt), afin de pouvoir les vérifier sans les ressaisir : l’annexe explique comment.</translation>
    </message>
    <message>
        <source>Checkpoint</source>
        <translation>Point de contrôle</translation>
    </message>
    <message>
        <source>events 1 to %1, signed %2</source>
        <translation>événements 1 à %1, signé le %2</translation>
    </message>
    <message>
        <source>Root hash</source>
        <translation>Hachage racine</translation>
    </message>
    <message>
        <source>Verifier key</source>
        <translation>Clé de vérification</translation>
    </message>
    <message>
        <source>The checkpoint, verbatim (C2SP signed note; its signature line is broken at its space to fit the page)</source>
        <translation>Le point de contrôle, mot pour mot (note signée C2SP ; sa ligne de signature est coupée à son espace pour tenir sur la page)</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Événements</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>Heure (UTC)</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Enregistrement</translation>
    </message>
    <message>
        <source>leaf</source>
        <translation>feuille</translation>
    </message>
    <message>
        <source>path</source>
        <translation>chemin</translation>
    </message>
    <message>
        <source>(none: the tree has one leaf)</source>
        <translation>(aucun : l’arbre a une seule feuille)</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>9. Appendix: digests and verification</source>
        <translation>9. Annexe : empreintes et vérification</translation>
    </message>
    <message>
        <source>Made by Countersign %1. This PDF is signed by the person who exported it (PAdES, ETSI.CAdES.detached), over every byte but the signature itself. To check it: open it in any PDF reader and look at the signature panel, or run pdfsig with a trust store that holds the workspace&apos;s CA. countersign-cli package verify FILE.pdf --ca CA.pem checks the signature, the certificate chain and the audit-trail excerpt (the checkpoint&apos;s signature with the verifier key, each event&apos;s leaf hash and inclusion proof); with --workspace WORKSPACE it also holds the digests above and the excerpt against the workspace&apos;s records and trail. Without Countersign: qpdf --show-object with --raw-stream-data prints the manifest (the object /CS_PackageManifest names in the catalog), whose audit_excerpt holds every event&apos;s bytes and proof, and the verifier key&apos;s last 32 bytes are the Ed25519 public key that signs the checkpoint (openssl pkeyutl -verify).</source>
        <translation>Produit par Countersign %1. Ce PDF est signé par la personne qui l’a exporté (PAdES, ETSI.CAdES.detached), sur chaque octet sauf la signature elle-même. Pour le vérifier : ouvrez-le dans n’importe quel lecteur PDF et regardez le panneau des signatures, ou lancez pdfsig avec un magasin de confiance qui contient l’AC de l’espace de travail. countersign-cli package verify FICHIER.pdf --ca CA.pem vérifie la signature, la chaîne de certificats et l’extrait de piste d’audit (la signature du point de contrôle avec la clé de vérification, le hachage de feuille et la preuve d’inclusion de chaque événement) ; avec --workspace ESPACE il confronte aussi les empreintes ci-dessus et l’extrait aux enregistrements et à la piste de l’espace de travail. Sans Countersign : qpdf --show-object avec --raw-stream-data affiche le manifeste (l’objet que nomme /CS_PackageManifest dans le catalogue), dont audit_excerpt contient les octets et la preuve de chaque événement, et les 32 derniers octets de la clé de vérification sont la clé publique Ed25519 qui signe le point de contrôle (openssl pkeyutl -verify).</translation>
    </message>
    <message>
        <source>Revision %1 content</source>
        <translation>Contenu de la révision %1</translation>
    </message>
    <message>
        <source>Revision %1 plan</source>
        <translation>Plan de la révision %1</translation>
    </message>
    <message>
        <source>Revision %1 evidence</source>
        <translation>Preuves de la révision %1</translation>
    </message>
    <message>
        <source>%1: file %2</source>
        <translation>%1 : fichier %2</translation>
    </message>
    <message>
        <source>%1: data contract %2 (%3)</source>
        <translation>%1 : contrat de données %2 (%3)</translation>
    </message>
    <message>
        <source>%1: %2 predictions</source>
        <translation>%1 : %2 prédictions</translation>
    </message>
    <message>
        <source>Signature %1 manifest</source>
        <translation>Manifeste de la signature %1</translation>
    </message>
    <message>
        <source>%1 has no validation evidence yet (it is %2); a package is made once it is evaluated</source>
        <translation>%1 n’a pas encore de preuves de validation (elle est %2) ; un dossier se fait une fois qu’elle est évaluée</translation>
    </message>
    <message>
        <source>Candidate v%1</source>
        <translation>Candidate v%1</translation>
    </message>
    <message>
        <source>Change-control package %1</source>
        <translation>Dossier de maîtrise des modifications %1</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clé</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>MLflow registry at import</source>
        <translation>Registre MLflow à l’import</translation>
    </message>
    <message>
        <source>%1 (removed)</source>
        <translation>%1 (supprimé)</translation>
    </message>
    <message>
        <source>%1 (added)</source>
        <translation>%1 (ajouté)</translation>
    </message>
    <message>
        <source>3. What changed</source>
        <translation>3. Ce qui a changé</translation>
    </message>
    <message>
        <source>The evidence of this request does not record what changed (it was computed before Countersign froze the differences with it); compare the versions in the registry.</source>
        <translation>Les preuves de cette demande n’enregistrent pas ce qui a changé (elles ont été calculées avant que Countersign ne gèle les différences avec elles) ; comparez les versions dans le registre.</translation>
    </message>
    <message>
        <source>A first release: everything version %1 records, as frozen with the evidence.</source>
        <translation>Une première mise en production : tout ce qu’enregistre la version %1, tel que gelé avec les preuves.</translation>
    </message>
    <message>
        <source>From version %1 (baseline) to version %2 (candidate), as frozen with the evidence when the request was evaluated.</source>
        <translation>De la version %1 (référence) à la version %2 (candidate), tel que gelé avec les preuves lors de l’évaluation de la demande.</translation>
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
        <translation>Auteur, heure (UTC) et résumé</translation>
    </message>
    <message>
        <source>Baseline v%1</source>
        <translation>Référence v%1</translation>
    </message>
    <message>
        <source>Cleared v%1</source>
        <translation>Autorisée v%1</translation>
    </message>
    <message>
        <source>no commit attached (import git)</source>
        <translation>aucun commit joint (importer git)</translation>
    </message>
    <message>
        <source>The candidate&apos;s commit message</source>
        <translation>Le message de commit de la candidate</translation>
    </message>
    <message>
        <source>v%1</source>
        <translation>v%1</translation>
    </message>
    <message>
        <source>Line diff of %1</source>
        <translation>Diff ligne à ligne de %1</translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation>Configuration</translation>
    </message>
    <message>
        <source>A first release has no earlier configuration to compare with; its configuration is that of the commit above.</source>
        <translation>Une première mise en production n’a pas de configuration antérieure à comparer ; sa configuration est celle du commit ci-dessus.</translation>
    </message>
    <message>
        <source>No configuration file differs, or none was recorded for both versions.</source>
        <translation>Aucun fichier de configuration ne diffère, ou aucun n’a été enregistré pour les deux versions.</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>No parameter differs.</source>
        <translation>Aucun paramètre ne diffère.</translation>
    </message>
    <message>
        <source>Metrics logged by training</source>
        <translation>Métriques journalisées par l’entraînement</translation>
    </message>
    <message>
        <source>No logged metric differs.</source>
        <translation>Aucune métrique journalisée ne diffère.</translation>
    </message>
    <message>
        <source>Artifacts</source>
        <translation>Artefacts</translation>
    </message>
    <message>
        <source>No artifact differs.</source>
        <translation>Aucun artefact ne diffère.</translation>
    </message>
    <message>
        <source>Data digests</source>
        <translation>Empreintes des données</translation>
    </message>
    <message>
        <source>No training data digest differs, or none was recorded for both versions.</source>
        <translation>Aucune empreinte des données d’entraînement ne diffère, ou aucune n’a été enregistrée pour les deux versions.</translation>
    </message>
    <message>
        <source>Tags, registry and logged model</source>
        <translation>Tags, registre et modèle journalisé</translation>
    </message>
    <message>
        <source>Nothing else differs.</source>
        <translation>Rien d’autre ne diffère.</translation>
    </message>
    <message>
        <source>4. Data</source>
        <translation>4. Données</translation>
    </message>
    <message>
        <source>4.%1 %2 (%3 set)</source>
        <translation>4.%1 %2 (jeu %3)</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>non enregistré</translation>
    </message>
    <message>
        <source>yes: no sample can be added or changed</source>
        <translation>oui : aucun échantillon ne peut être ajouté ni modifié</translation>
    </message>
    <message>
        <source>Samples evaluated</source>
        <translation>Échantillons évalués</translation>
    </message>
    <message>
        <source>Positives</source>
        <translation>Positifs</translation>
    </message>
    <message>
        <source>Prevalence</source>
        <translation>Prévalence</translation>
    </message>
    <message>
        <source>Predictions of the %1</source>
        <translation>Prédictions de %1</translation>
    </message>
    <message>
        <source>Files imported</source>
        <translation>Fichiers importés</translation>
    </message>
    <message>
        <source>The evidence does not record this dataset&apos;s files.</source>
        <translation>Les preuves n’enregistrent pas les fichiers de ce jeu de données.</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Rows, samples added</source>
        <translation>Lignes, échantillons ajoutés</translation>
    </message>
    <message>
        <source>SHA-256 of the file, digest of the samples it added</source>
        <translation>SHA-256 du fichier, empreinte des échantillons qu’il a ajoutés</translation>
    </message>
    <message>
        <source>Data contracts</source>
        <translation>Contrats de données</translation>
    </message>
    <message>
        <source>No data contract is attached to this dataset.</source>
        <translation>Aucun contrat de données n’est joint à ce jeu de données.</translation>
    </message>
    <message>
        <source>%1 suite &quot;%2&quot; (Great Expectations %3): %4, %5 of %6 expectations met. Read from %7, SHA-256 %8.</source>
        <translation>%1 suite « %2 » (Great Expectations %3) : %4, %5 attentes satisfaites sur %6. Lu depuis %7, SHA-256 %8.</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>réussie</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>ÉCHEC</translation>
    </message>
    <message>
        <source>Expectation</source>
        <translation>Attente</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Observed</source>
        <translation>Observé</translation>
    </message>
    <message>
        <source>met</source>
        <translation>satisfaite</translation>
    </message>
    <message>
        <source>NOT MET</source>
        <translation>NON SATISFAITE</translation>
    </message>
    <message>
        <source>6. Regulatory determination (PCCP)</source>
        <translation>6. Détermination réglementaire (PCCP)</translation>
    </message>
    <message>
        <source>This request&apos;s evidence was frozen before Countersign checked change requests against a PCCP; it records no determination.</source>
        <translation>Les preuves de cette demande ont été gelées avant que Countersign ne confronte les demandes de modification à un PCCP ; elles n’enregistrent aucune détermination.</translation>
    </message>
    <message>
        <source>PCCP</source>
        <translation>PCCP</translation>
    </message>
    <message>
        <source>%1, version %2, of %3</source>
        <translation>%1, version %2, de %3</translation>
    </message>
    <message>
        <source>Content SHA-256</source>
        <translation>SHA-256 du contenu</translation>
    </message>
    <message>
        <source>Modification named</source>
        <translation>Modification nommée</translation>
    </message>
    <message>
        <source>Modification</source>
        <translation>Modification</translation>
    </message>
    <message>
        <source>Acceptance criteria and their verdicts</source>
        <translation>Critères d’acceptation et leurs verdicts</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Règle</translation>
    </message>
    <message>
        <source>Acceptance criterion</source>
        <translation>Critère d’acceptation</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <source>Read on</source>
        <translation>Lu sur</translation>
    </message>
    <message>
        <source>PASS: the criterion is met. FAIL: it is not, and the interval&apos;s other end does not meet it either. INCONCLUSIVE: the interval straddles the bound, so the criterion is not shown to be met. NOT EVALUABLE: the evidence holds no such number, or fewer positives than the rule asks. A blocking rule that fails or is inconclusive refuses approval; one not evaluable needs a QA officer&apos;s signed justification.</source>
        <translation>RÉUSSI : le critère est satisfait. ÉCHEC : il ne l’est pas, et l’autre borne de l’intervalle ne le satisfait pas non plus. NON CONCLUANT : l’intervalle chevauche la borne, le critère n’est donc pas démontré. NON ÉVALUABLE : les preuves ne contiennent pas ce nombre, ou moins de positifs que la règle n’en demande. Une règle bloquante en échec ou non concluante refuse l’approbation ; une règle non évaluable nécessite la justification signée d’un responsable qualité.</translation>
    </message>
</context>
<context>
    <name>cs::reports::ExportPackage</name>
    <message>
        <source>a package carries a signed checkpoint of the audit trail, and %1</source>
        <translation>un dossier contient un point de contrôle signé de la piste d’audit, et %1</translation>
    </message>
    <message>
        <source>the package could not be written: %1</source>
        <translation>le dossier n’a pas pu être écrit : %1</translation>
    </message>
    <message>
        <source>Exported by %1 as the change-control package of %2</source>
        <translation>Exporté par %1 comme dossier de maîtrise des modifications de %2</translation>
    </message>
    <message>
        <source>the export of %1 was recorded (SHA-256 %2) but %3</source>
        <translation>l’export de %1 a été enregistré (SHA-256 %2), mais %3</translation>
    </message>
</context>
<context>
    <name>cs::reports::PackageVerifier</name>
    <message>
        <source>Signature</source>
        <translation>Signature</translation>
    </message>
    <message>
        <source>the PDF carries no signature (no /ByteRange)</source>
        <translation>le PDF ne porte aucune signature (pas de /ByteRange)</translation>
    </message>
    <message>
        <source>the signature&apos;s /ByteRange at byte %1 is not four numbers</source>
        <translation>le /ByteRange de la signature à l’octet %1 n’est pas composé de quatre nombres</translation>
    </message>
    <message>
        <source>the byte range [%1 %2 %3 %4] does not start the file and skip one gap within its %5 bytes</source>
        <translation>la plage d’octets [%1 %2 %3 %4] ne commence pas le fichier et ne saute pas une seule lacune dans ses %5 octets</translation>
    </message>
    <message>
        <source>the bytes the signature leaves out (%1 to %2) are not its /Contents hex string</source>
        <translation>les octets que la signature exclut (%1 à %2) ne sont pas sa chaîne hexadécimale /Contents</translation>
    </message>
    <message>
        <source>the signature&apos;s /Contents is not inside the dictionary of its /ByteRange</source>
        <translation>le /Contents de la signature n’est pas dans le dictionnaire de son /ByteRange</translation>
    </message>
    <message>
        <source>one signature dictionary, /ByteRange [%1 %2 %3 %4]</source>
        <translation>un dictionnaire de signature, /ByteRange [%1 %2 %3 %4]</translation>
    </message>
    <message>
        <source>%1 signature dictionaries; the last, /ByteRange [%2 %3 %4 %5], is checked</source>
        <translation>%1 dictionnaires de signature ; le dernier, /ByteRange [%2 %3 %4 %5], est vérifié</translation>
    </message>
    <message>
        <source>Audit-trail excerpt</source>
        <translation>Extrait de la piste d’audit</translation>
    </message>
    <message>
        <source>the manifest carries no audit-trail excerpt</source>
        <translation>le manifeste ne contient pas d’extrait de piste d’audit</translation>
    </message>
    <message>
        <source>the package&apos;s excerpt</source>
        <translation>l’extrait du dossier</translation>
    </message>
    <message>
        <source>the checkpoint is of %1, not of the package&apos;s workspace %2</source>
        <translation>le point de contrôle est de %1, pas de l’espace de travail %2 du dossier</translation>
    </message>
    <message>
        <source>%1 events, each with its inclusion proof to the checkpoint of events 1 to %2, signed %3 with the verifier key %4</source>
        <translation>%1 événements, chacun avec sa preuve d’inclusion au point de contrôle des événements 1 à %2, signé le %3 avec la clé de vérification %4</translation>
    </message>
    <message>
        <source>Excerpt against the trail</source>
        <translation>Extrait face à la piste</translation>
    </message>
    <message>
        <source>the checkpoint is signed with %1, not with this workspace&apos;s key %2</source>
        <translation>le point de contrôle est signé avec %1, pas avec la clé %2 de cet espace de travail</translation>
    </message>
    <message>
        <source>event %1 in the trail is not the one the package prints</source>
        <translation>l’événement %1 de la piste n’est pas celui qu’imprime le dossier</translation>
    </message>
    <message>
        <source>the workspace&apos;s key signed the checkpoint, its trail still hashes to the checkpoint&apos;s root, and all %1 events are in it byte for byte</source>
        <translation>la clé de l’espace de travail a signé le point de contrôle, sa piste donne toujours la racine du point de contrôle, et les %1 événements y sont octet pour octet</translation>
    </message>
    <message>
        <source>Signer&apos;s certificate</source>
        <translation>Certificat du signataire</translation>
    </message>
    <message>
        <source>issued by a CA of the workspace&apos;s trust store, not revoked at %1 by its newest revocation list, fit for signing, and naming %2 (%3), who exported it</source>
        <translation>émis par une AC du magasin de confiance de l’espace de travail, non révoqué au %1 selon sa liste de révocation la plus récente, apte à signer, et nommant %2 (%3), qui l’a exporté</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>Espace de travail</translation>
    </message>
    <message>
        <source>%1 comes from workspace %2, not from this one (%3)</source>
        <translation>%1 provient de l’espace de travail %2, pas de celui-ci (%3)</translation>
    </message>
    <message>
        <source>%1 comes from this workspace (%2)</source>
        <translation>%1 provient de cet espace de travail (%2)</translation>
    </message>
    <message>
        <source>Recorded export</source>
        <translation>Export enregistré</translation>
    </message>
    <message>
        <source>event %1 recorded this file, exported by %2 with the certificate %3, but the PDF is signed with the certificate %4</source>
        <translation>l’événement %1 a enregistré ce fichier, exporté par %2 avec le certificat %3, mais le PDF est signé avec le certificat %4</translation>
    </message>
    <message>
        <source>the audit trail records no export of a file with SHA-256 %1 (the file was changed, or it was not exported from this workspace)</source>
        <translation>la piste d’audit n’enregistre aucun export d’un fichier de SHA-256 %1 (le fichier a été modifié, ou il n’a pas été exporté de cet espace de travail)</translation>
    </message>
    <message>
        <source>event %1: exported by %2 on %3, the same SHA-256 and certificate</source>
        <translation>événement %1 : exporté par %2 le %3, même SHA-256 et même certificat</translation>
    </message>
    <message>
        <source>Digests</source>
        <translation>Empreintes</translation>
    </message>
    <message>
        <source>%1 cannot be read from the workspace: %2</source>
        <translation>%1 ne peut pas être lu depuis l’espace de travail : %2</translation>
    </message>
    <message>
        <source>%1 is not in the records</source>
        <translation>%1 n’est pas dans les enregistrements</translation>
    </message>
    <message>
        <source>%1 is %2 in the package but %3 in the records</source>
        <translation>%1 vaut %2 dans le dossier mais %3 dans les enregistrements</translation>
    </message>
    <message>
        <source>the manifest lists no digests</source>
        <translation>le manifeste ne liste aucune empreinte</translation>
    </message>
    <message>
        <source>all %1 digests of %2 match the records</source>
        <translation>les %1 empreintes de %2 correspondent aux enregistrements</translation>
    </message>
    <message>
        <source>Manifest</source>
        <translation>Manifeste</translation>
    </message>
    <message>
        <source>the audit report of workspace %1, %2 pages</source>
        <translation>le rapport d’audit de l’espace de travail %1, %2 pages</translation>
    </message>
    <message>
        <source>Checkpoint</source>
        <translation>Point de contrôle</translation>
    </message>
    <message>
        <source>the checkpoint is of %1, not of workspace %2</source>
        <translation>le point de contrôle est de %1, pas de l’espace de travail %2</translation>
    </message>
    <message>
        <source>events 1 to %1, signed %2 with the verifier key %3</source>
        <translation>événements 1 à %1, signé le %2 avec la clé de vérification %3</translation>
    </message>
    <message>
        <source>Verifier key</source>
        <translation>Clé de vérification</translation>
    </message>
    <message>
        <source>the report names %1, not this workspace&apos;s key %2</source>
        <translation>le rapport nomme %1, pas la clé %2 de cet espace de travail</translation>
    </message>
    <message>
        <source>version %1 of the PCCP of %2, %3 pages</source>
        <translation>version %1 du PCCP de %2, %3 pages</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Contenu</translation>
    </message>
    <message>
        <source>the PCCP the manifest carries hashes to %1, not to the %2 it names</source>
        <translation>le PCCP du manifeste a pour hachage %1, pas le %2 qu’il nomme</translation>
    </message>
    <message>
        <source>the PCCP the manifest carries hashes to %1</source>
        <translation>le PCCP du manifeste a pour hachage %1</translation>
    </message>
    <message>
        <source>Stored PCCP</source>
        <translation>PCCP enregistré</translation>
    </message>
    <message>
        <source>the workspace has no version %1 of the PCCP of %2</source>
        <translation>l’espace de travail n’a pas de version %1 du PCCP de %2</translation>
    </message>
    <message>
        <source>version %1 of the PCCP of %2 is stored with content %3, not %4</source>
        <translation>la version %1 du PCCP de %2 est enregistrée avec le contenu %3, et non %4</translation>
    </message>
    <message>
        <source>version %1 of the PCCP of %2 is stored with the same content (%3 now)</source>
        <translation>la version %1 du PCCP de %2 est enregistrée avec le même contenu (%3 maintenant)</translation>
    </message>
    <message>
        <source>the audit report</source>
        <translation>le rapport d’audit</translation>
    </message>
    <message>
        <source>the PCCP document</source>
        <translation>le document PCCP</translation>
    </message>
    <message>
        <source>the package</source>
        <translation>le dossier</translation>
    </message>
    <message>
        <source>The audit report is valid.</source>
        <translation>Le rapport d’audit est valide.</translation>
    </message>
    <message>
        <source>The audit report is NOT valid: %1</source>
        <translation>Le rapport d’audit n’est PAS valide : %1</translation>
    </message>
    <message>
        <source>The PCCP document is valid.</source>
        <translation>Le document PCCP est valide.</translation>
    </message>
    <message>
        <source>The PCCP document is NOT valid: %1</source>
        <translation>Le document PCCP n’est PAS valide : %1</translation>
    </message>
    <message>
        <source>The package is valid.</source>
        <translation>Le dossier est valide.</translation>
    </message>
    <message>
        <source>The package is NOT valid: %1</source>
        <translation>Le dossier n’est PAS valide : %1</translation>
    </message>
    <message>
        <source>it is not a PDF file (no %PDF- header or no %%EOF)</source>
        <translation>ce n’est pas un fichier PDF (pas d’en-tête %PDF- ou pas de %%EOF)</translation>
    </message>
    <message>
        <source>Whole document</source>
        <translation>Document entier</translation>
    </message>
    <message>
        <source>the signature covers all %1 bytes but its own /Contents</source>
        <translation>la signature couvre les %1 octets sauf son propre /Contents</translation>
    </message>
    <message>
        <source>%1 bytes were appended after the signed range ends at byte %2: an update the signature does not cover</source>
        <translation>%1 octets ont été ajoutés après la fin de la plage signée à l’octet %2 : une mise à jour que la signature ne couvre pas</translation>
    </message>
    <message>
        <source>Signed bytes</source>
        <translation>Octets signés</translation>
    </message>
    <message>
        <source>the CMS signature (SHA-256) verifies over the %1 signed bytes with the key of %2</source>
        <translation>la signature CMS (SHA-256) se vérifie sur les %1 octets signés avec la clé de %2</translation>
    </message>
    <message>
        <source>Certificate chain</source>
        <translation>Chaîne de certificats</translation>
    </message>
    <message>
        <source>no CA to check it against (give --ca or --workspace)</source>
        <translation>aucune AC pour la vérifier (indiquez --ca ou --workspace)</translation>
    </message>
    <message>
        <source>the signature states no signing time</source>
        <translation>la signature n’indique aucune date de signature</translation>
    </message>
    <message>
        <source>%1, issued by %2, chains to a trusted CA and was valid when it signed (%3)</source>
        <translation>%1, émis par %2, remonte à une AC de confiance et était valide lors de la signature (%3)</translation>
    </message>
    <message>
        <source>the signed part carries no package manifest (%1): not a change-control package from Countersign</source>
        <translation>la partie signée ne contient pas de manifeste de dossier (%1) : ce n’est pas un dossier de maîtrise des modifications de Countersign</translation>
    </message>
    <message>
        <source>the package manifest is not a %1 JSON object</source>
        <translation>le manifeste du dossier n’est pas un objet JSON %1</translation>
    </message>
    <message>
        <source>%1 of workspace %2, %3 digests</source>
        <translation>%1 de l’espace de travail %2, %3 empreintes</translation>
    </message>
</context>
<context>
    <name>cs::reports::PageStream</name>
    <message>
        <source>the PDF could not be started</source>
        <translation>le PDF n’a pas pu être commencé</translation>
    </message>
    <message>
        <source>the PDF could not be finished</source>
        <translation>le PDF n’a pas pu être terminé</translation>
    </message>
</context>
<context>
    <name>cs::reports::PagedPdf</name>
    <message>
        <source>Demo workspace</source>
        <translation>Espace de travail de démonstration</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
    <message>
        <source>the PDF could not be started</source>
        <translation>le PDF n’a pas pu être commencé</translation>
    </message>
    <message>
        <source>the PDF could not be finished</source>
        <translation>le PDF n’a pas pu être terminé</translation>
    </message>
</context>
<context>
    <name>cs::reports::PccpDocument</name>
    <message>
        <source>(not written)</source>
        <translation>(non rédigé)</translation>
    </message>
    <message>
        <source>Data management</source>
        <translation>Gestion des données</translation>
    </message>
    <message>
        <source>Re-training</source>
        <translation>Réentraînement</translation>
    </message>
    <message>
        <source>Performance evaluation</source>
        <translation>Évaluation des performances</translation>
    </message>
    <message>
        <source>Update procedures</source>
        <translation>Procédures de mise à jour</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Règle</translation>
    </message>
    <message>
        <source>Acceptance criterion</source>
        <translation>Critère d’acceptation</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>Predetermined Change Control Plan</source>
        <translation>Plan de contrôle des modifications prédéterminé (PCCP)</translation>
    </message>
    <message>
        <source>Demo workspace: invented data, for trying Countersign only.</source>
        <translation>Espace de travail de démonstration : données inventées, uniquement pour essayer Countersign.</translation>
    </message>
    <message>
        <source>%1 by %2 at %3</source>
        <translation>%1 par %2 le %3</translation>
    </message>
    <message>
        <source>%1: missing</source>
        <translation>%1 : manquant</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>PCCP version</source>
        <translation>Version du PCCP</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Content SHA-256</source>
        <translation>SHA-256 du contenu</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Enregistré</translation>
    </message>
    <message>
        <source>%1 by %2 from %3</source>
        <translation>%1 par %2 depuis %3</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>Signatures</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Exporté</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 par %2</translation>
    </message>
    <message>
        <source>Structured as FDA&apos;s guidance on Predetermined Change Control Plans for AI-enabled device software functions (December 2024): description of modifications, modification protocol, impact assessment. The acceptance criteria are the rules Countersign evaluates on every change request of this model; the traceability table is generated from the plan. This document is signed by the person who exported it (PAdES); its manifest carries the plan&apos;s content, whose SHA-256 is the one above.</source>
        <translation>Structuré selon le guide de la FDA sur les Predetermined Change Control Plans pour les fonctions logicielles de dispositifs à base d’IA (décembre 2024) : description des modifications, protocole de modification, évaluation d’impact. Les critères d’acceptation sont les règles que Countersign évalue sur chaque demande de modification de ce modèle ; le tableau de traçabilité est généré à partir du plan. Ce document est signé par la personne qui l’a exporté (PAdES) ; son manifeste contient le contenu du plan, dont le SHA-256 est celui ci-dessus.</translation>
    </message>
    <message>
        <source>1. Description of modifications</source>
        <translation>1. Description des modifications</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Modification</source>
        <translation>Modification</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>Application</translation>
    </message>
    <message>
        <source>Frequency</source>
        <translation>Fréquence</translation>
    </message>
    <message>
        <source>automatic</source>
        <translation>automatique</translation>
    </message>
    <message>
        <source>manual</source>
        <translation>manuelle</translation>
    </message>
    <message>
        <source>global</source>
        <translation>globale</translation>
    </message>
    <message>
        <source>local</source>
        <translation>locale</translation>
    </message>
    <message>
        <source>%1 rationale</source>
        <translation>%1 justification</translation>
    </message>
    <message>
        <source>%1 labelling affected</source>
        <translation>%1 étiquetage concerné</translation>
    </message>
    <message>
        <source>2. Modification protocol</source>
        <translation>2. Protocole de modification</translation>
    </message>
    <message>
        <source>Acceptance criteria (a blocking rule that fails refuses approval of the change request):</source>
        <translation>Critères d’acceptation (une règle bloquante en échec refuse l’approbation de la demande de modification) :</translation>
    </message>
    <message>
        <source>3. Impact assessment</source>
        <translation>3. Évaluation d’impact</translation>
    </message>
    <message>
        <source>Benefits</source>
        <translation>Bénéfices</translation>
    </message>
    <message>
        <source>Risks, including bias</source>
        <translation>Risques, y compris les biais</translation>
    </message>
    <message>
        <source>Mitigations</source>
        <translation>Mesures d’atténuation</translation>
    </message>
    <message>
        <source>Interactions</source>
        <translation>Interactions</translation>
    </message>
    <message>
        <source>Cumulative impact</source>
        <translation>Impact cumulé</translation>
    </message>
    <message>
        <source>4. Traceability</source>
        <translation>4. Traçabilité</translation>
    </message>
    <message>
        <source>Each modification against the four parts of its protocol: whether the protocol describes it and, for performance evaluation, the rules that make it executable. Generated from the plan.</source>
        <translation>Chaque modification face aux quatre parties de son protocole : si le protocole la décrit et, pour l’évaluation des performances, les règles qui la rendent exécutable. Généré à partir du plan.</translation>
    </message>
    <message>
        <source>Protocol part</source>
        <translation>Partie du protocole</translation>
    </message>
    <message>
        <source>Described</source>
        <translation>Décrite</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Règles</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>MISSING</source>
        <translation>MANQUANT</translation>
    </message>
    <message>
        <source>5. Real-world monitoring</source>
        <translation>5. Surveillance en conditions réelles</translation>
    </message>
    <message>
        <source>The plan names no monitoring rule.</source>
        <translation>Le plan ne nomme aucune règle de surveillance.</translation>
    </message>
    <message>
        <source>Evaluated on every drift run of a production window; a rule that fails raises an alert that waits for review.</source>
        <translation>Évaluée à chaque analyse de dérive d’une fenêtre de production ; une règle en échec lève une alerte qui attend une revue.</translation>
    </message>
    <message>
        <source>model %1 has no PCCP version %2</source>
        <translation>le modèle %1 n’a pas de version de PCCP %2</translation>
    </message>
    <message>
        <source>model %1 has no PCCP in this workspace</source>
        <translation>le modèle %1 n’a pas de PCCP dans cet espace de travail</translation>
    </message>
    <message>
        <source>PCCP of %1, version %2</source>
        <translation>PCCP de %1, version %2</translation>
    </message>
    <message>
        <source>PCCP %1, content SHA-256 %2</source>
        <translation>PCCP %1, SHA-256 du contenu %2</translation>
    </message>
    <message>
        <source>Exported by %1 as version %2 of the PCCP of %3</source>
        <translation>Exporté par %1 comme version %2 du PCCP de %3</translation>
    </message>
    <message>
        <source>the export of the PCCP was recorded (SHA-256 %1) but %2</source>
        <translation>l’export du PCCP a été enregistré (SHA-256 %1), mais %2</translation>
    </message>
</context>
<context>
    <name>cs::reports::PdfSigner</name>
    <message>
        <source>the PDF cannot be signed: %1</source>
        <translation>le PDF ne peut pas être signé : %1</translation>
    </message>
    <message>
        <source>it cannot be read</source>
        <translation>il ne peut pas être lu</translation>
    </message>
    <message>
        <source>it has no startxref</source>
        <translation>il n’a pas de startxref</translation>
    </message>
    <message>
        <source>its startxref does not point to a cross-reference table (a cross-reference stream or a damaged file)</source>
        <translation>son startxref ne pointe pas vers une table de références croisées (un flux de références croisées ou un fichier endommagé)</translation>
    </message>
    <message>
        <source>it has no trailer after its cross-reference table</source>
        <translation>il n’a pas de trailer après sa table de références croisées</translation>
    </message>
    <message>
        <source>its cross-reference table is malformed near line %1</source>
        <translation>sa table de références croisées est mal formée près de la ligne %1</translation>
    </message>
    <message>
        <source>its trailer names no catalog or no size</source>
        <translation>son trailer ne nomme ni catalogue ni taille</translation>
    </message>
    <message>
        <source>object %1 is not where its cross-reference entry says</source>
        <translation>l’objet %1 n’est pas là où l’indique son entrée de références croisées</translation>
    </message>
    <message>
        <source>object %1 has no endobj</source>
        <translation>l’objet %1 n’a pas de endobj</translation>
    </message>
    <message>
        <source>object %1 is not a dictionary</source>
        <translation>l’objet %1 n’est pas un dictionnaire</translation>
    </message>
    <message>
        <source>the annotations of object %1 are not an array</source>
        <translation>les annotations de l’objet %1 ne sont pas un tableau</translation>
    </message>
    <message>
        <source>it already has a form (this writer signs a document once)</source>
        <translation>il a déjà un formulaire (cet outil signe un document une seule fois)</translation>
    </message>
    <message>
        <source>page 1 (object %1) holds its annotations inline</source>
        <translation>la page 1 (objet %1) contient ses annotations en ligne</translation>
    </message>
    <message>
        <source>the file is too large for its byte range</source>
        <translation>le fichier est trop grand pour sa plage d’octets</translation>
    </message>
    <message>
        <source>the signature could not be appended: %1</source>
        <translation>la signature n’a pas pu être ajoutée : %1</translation>
    </message>
    <message>
        <source>the signature takes %1 bytes, more than the %2 reserved</source>
        <translation>la signature prend %1 octets, plus que les %2 réservés</translation>
    </message>
    <message>
        <source>the signature could not be written: %1</source>
        <translation>la signature n’a pas pu être écrite : %1</translation>
    </message>
    <message>
        <source>the PDF could not be opened in memory</source>
        <translation>le PDF n’a pas pu être ouvert en mémoire</translation>
    </message>
</context>
<context>
    <name>cs::stats::Comparison</name>
    <message>
        <source>%1: there is no column &quot;%2&quot; (the header has: %3)</source>
        <translation>%1 : il n’y a pas de colonne « %2 » (l’en-tête contient : %3)</translation>
    </message>
    <message>
        <source>score</source>
        <translation>score</translation>
    </message>
    <message>
        <source>%1 has more than 2,147,483,647 rows</source>
        <translation>%1 a plus de 2 147 483 647 lignes</translation>
    </message>
    <message>
        <source>the value is not UTF-8 text</source>
        <translation>la valeur n’est pas du texte UTF-8</translation>
    </message>
    <message>
        <source>the row is longer than 1 MiB</source>
        <translation>la ligne dépasse 1 Mio</translation>
    </message>
    <message>
        <source>%1 cannot be read</source>
        <translation>%1 ne peut pas être lu</translation>
    </message>
    <message>
        <source>%1, line %2: a blank line inside the file (every row must have the header&apos;s fields)</source>
        <translation>%1, ligne %2 : une ligne vide dans le fichier (chaque ligne doit avoir les champs de l’en-tête)</translation>
    </message>
    <message>
        <source>%1 does not exist or is not a file</source>
        <translation>%1 n’existe pas ou n’est pas un fichier</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 ne peut pas être lu : %2</translation>
    </message>
    <message>
        <source>the column has more than 65,535 distinct values; a subgroup column takes at most 65,535</source>
        <translation>la colonne a plus de 65 535 valeurs distinctes ; une colonne de sous-groupes en admet au plus 65 535</translation>
    </message>
</context>
<context>
    <name>cs::stats::DriftFile</name>
    <message>
        <source>the value is not UTF-8 text</source>
        <translation>la valeur n’est pas du texte UTF-8</translation>
    </message>
    <message>
        <source>PSI takes 2 to 1000 bins, not %1</source>
        <translation>le PSI prend de 2 à 1000 classes, et non %1</translation>
    </message>
    <message>
        <source>%1: there is no column &quot;%2&quot; (the header has: %3)</source>
        <translation>%1 : il n’y a pas de colonne « %2 » (l’en-tête contient : %3)</translation>
    </message>
    <message>
        <source>%1: there is no column &quot;%2&quot;, which the reference %3 has</source>
        <translation>%1 : il n’y a pas de colonne « %2 », que la référence %3 possède</translation>
    </message>
</context>
<context>
    <name>cs::ui::AuditEventDetail</name>
    <message>
        <source>Time (UTC):</source>
        <translation>Heure (UTC) :</translation>
    </message>
    <message>
        <source>Time (local):</source>
        <translation>Heure (locale) :</translation>
    </message>
    <message>
        <source>Actor:</source>
        <translation>Acteur :</translation>
    </message>
    <message>
        <source>Change:</source>
        <translation>Modification :</translation>
    </message>
    <message>
        <source>Entity:</source>
        <translation>Entité :</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Raison :</translation>
    </message>
    <message>
        <source>Session:</source>
        <translation>Session :</translation>
    </message>
    <message>
        <source>Leaf hash:</source>
        <translation>Hachage de feuille :</translation>
    </message>
    <message>
        <source>Chain hash:</source>
        <translation>Hachage de chaîne :</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Après</translation>
    </message>
    <message>
        <source>Select an event to see everything recorded for it.</source>
        <translation>Sélectionnez un événement pour voir tout ce qui a été enregistré à son sujet.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>Changed: %1</source>
        <translation>Modifié : %1</translation>
    </message>
    <message>
        <source>Value before the change</source>
        <translation>Valeur avant la modification</translation>
    </message>
    <message>
        <source>Value after the change</source>
        <translation>Valeur après la modification</translation>
    </message>
    <message>
        <source>Event %1: %2 (%3)</source>
        <translation>Événement %1 : %2 (%3)</translation>
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
        <translation>N°</translation>
    </message>
    <message>
        <source>Time (local)</source>
        <translation>Heure (locale)</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>Acteur</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>Entité</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Raison</translation>
    </message>
</context>
<context>
    <name>cs::ui::AuditTrailPage</name>
    <message>
        <source>&amp;Dates</source>
        <translation>&amp;Dates</translation>
    </message>
    <message>
        <source>Search events (Ctrl+F)</source>
        <translation>Rechercher des événements (Ctrl+F)</translation>
    </message>
    <message>
        <source>Finds text in the actor, action, entity, reason and the values before and after</source>
        <translation>Trouve du texte dans l’acteur, l’action, l’entité, la raison et les valeurs avant et après</translation>
    </message>
    <message>
        <source>First day shown (local time)</source>
        <translation>Premier jour affiché (heure locale)</translation>
    </message>
    <message>
        <source>Last day shown (local time)</source>
        <translation>Dernier jour affiché (heure locale)</translation>
    </message>
    <message>
        <source>C&amp;lear filters</source>
        <translation>E&amp;ffacer les filtres</translation>
    </message>
    <message>
        <source>Record &amp;review…</source>
        <translation>Enregistrer une &amp;revue…</translation>
    </message>
    <message>
        <source>Record that you reviewed a range of the audit trail, with your finding (Ctrl+R)</source>
        <translation>Enregistrer que vous avez revu une plage de la piste d’audit, avec votre constat (Ctrl+R)</translation>
    </message>
    <message>
        <source>Write &amp;checkpoint…</source>
        <translation>Écrire un &amp;point de contrôle…</translation>
    </message>
    <message>
        <source>Sign the current state of the audit trail with the workspace key and save it to a file kept outside the workspace</source>
        <translation>Signer l’état actuel de la piste d’audit avec la clé de l’espace de travail et l’enregistrer dans un fichier conservé hors de l’espace de travail</translation>
    </message>
    <message>
        <source>&amp;Actor:</source>
        <translation>&amp;Acteur :</translation>
    </message>
    <message>
        <source>Ac&amp;tion:</source>
        <translation>Ac&amp;tion :</translation>
    </message>
    <message>
        <source>Cannot read the audit trail: %1</source>
        <translation>Impossible de lire la piste d’audit : %1</translation>
    </message>
    <message>
        <source>All actors</source>
        <translation>Tous les acteurs</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>Toutes les actions</translation>
    </message>
    <message>
        <source>%1 events</source>
        <translation>%1 événements</translation>
    </message>
    <message>
        <source>%1 events match the filters</source>
        <translation>%1 événements correspondent aux filtres</translation>
    </message>
    <message>
        <source>Review not recorded</source>
        <translation>Revue non enregistrée</translation>
    </message>
    <message>
        <source>Save checkpoint</source>
        <translation>Enregistrer le point de contrôle</translation>
    </message>
    <message>
        <source>Checkpoints (*.txt);;All files (*)</source>
        <translation>Points de contrôle (*.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>No checkpoint written</source>
        <translation>Aucun point de contrôle écrit</translation>
    </message>
    <message>
        <source>Checkpoint not saved</source>
        <translation>Point de contrôle non enregistré</translation>
    </message>
    <message>
        <source>Checkpoint saved</source>
        <translation>Point de contrôle enregistré</translation>
    </message>
    <message>
        <source>A checkpoint of %1 events was signed and saved to %2.

Keep it outside the workspace (for example with the QA records): verifying the workspace against it later proves that none of those events was changed or removed.</source>
        <translation>Un point de contrôle de %1 événements a été signé et enregistré dans %2.

Conservez-le hors de l’espace de travail (par exemple avec les dossiers qualité) : vérifier plus tard l’espace de travail avec lui prouve qu’aucun de ces événements n’a été modifié ni supprimé.</translation>
    </message>
    <message>
        <source>Search events</source>
        <translation>Rechercher des événements</translation>
    </message>
    <message>
        <source>Audit events</source>
        <translation>Événements d’audit</translation>
    </message>
</context>
<context>
    <name>cs::ui::ChangePasswordDialog</name>
    <message>
        <source>Change password</source>
        <translation>Changer le mot de passe</translation>
    </message>
    <message>
        <source>&amp;Current password:</source>
        <translation>Mot de passe &amp;actuel :</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>&amp;Nouveau mot de passe :</translation>
    </message>
    <message>
        <source>&amp;Repeat new password:</source>
        <translation>&amp;Répéter le nouveau mot de passe :</translation>
    </message>
    <message>
        <source>The two new passwords differ.</source>
        <translation>Les deux nouveaux mots de passe diffèrent.</translation>
    </message>
    <message>
        <source>Cannot change the password</source>
        <translation>Impossible de changer le mot de passe</translation>
    </message>
</context>
<context>
    <name>cs::ui::ChangeRequestActionDialog</name>
    <message>
        <source>Submit %1</source>
        <translation>Soumettre %1</translation>
    </message>
    <message>
        <source>Approve %1</source>
        <translation>Approuver %1</translation>
    </message>
    <message>
        <source>Reject %1</source>
        <translation>Rejeter %1</translation>
    </message>
    <message>
        <source>Implement %1</source>
        <translation>Mettre en œuvre %1</translation>
    </message>
    <message>
        <source>Emergency Rollback of %1</source>
        <translation>Retour arrière d’urgence de %1</translation>
    </message>
    <message>
        <source>Justify Deciding on %1</source>
        <translation>Justifier la décision sur %1</translation>
    </message>
    <message>
        <source>Review the Rollback of %1</source>
        <translation>Revoir le retour arrière de %1</translation>
    </message>
    <message>
        <source>Required: it is part of what you sign</source>
        <translation>Obligatoire : fait partie de ce que vous signez</translation>
    </message>
    <message>
        <source>Optional note with your signature</source>
        <translation>Note facultative avec votre signature</translation>
    </message>
    <message>
        <source>What you sign</source>
        <translation>Ce que vous signez</translation>
    </message>
    <message>
        <source>R&amp;eason:</source>
        <translation>&amp;Raison :</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>N&amp;ote :</translation>
    </message>
    <message>
        <source>Sign</source>
        <translation>Signer</translation>
    </message>
    <message>
        <source>&lt;p style=&apos;color:#a40000&apos;&gt;%1&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;color:#a40000&apos;&gt;%1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Submit although the plan would fail more often than not with two equal versions (%1)</source>
        <translation>Soumettre bien que le plan échouerait plus souvent qu’à son tour avec deux versions équivalentes (%1)</translation>
    </message>
    <message>
        <source>nobody is signed in</source>
        <translation>personne n’est connecté</translation>
    </message>
    <message>
        <source>&lt;p&gt;%1 cannot be signed now.&lt;/p&gt;</source>
        <translation>&lt;p&gt;%1 ne peut pas être signé maintenant.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Submitting locks the plan and the text of revision %1: the acceptance criteria are fixed before anyone sees the results.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Soumettre verrouille le plan et le texte de la révision %1 : les critères d’acceptation sont fixés avant que quiconque ne voie les résultats.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Version %1 of %2 goes into production and version %3 is superseded, in one step.&lt;/p&gt;</source>
        <translation>&lt;p&gt;La version %1 de %2 passe en production et la version %3 est remplacée, en une seule étape.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>&lt;p&gt;These blocking acceptance rules of the PCCP could not be evaluated. Your justification, signed over this evidence, lets the request be decided:&lt;/p&gt;&lt;ul&gt;</source>
        <translation>&lt;p&gt;Ces règles d’acceptation bloquantes du PCCP n’ont pas pu être évaluées. Votre justification, signée sur ces preuves, permet de statuer sur la demande :&lt;/p&gt;&lt;ul&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Version %1 goes back into production at once and %2 is withdrawn; another QA officer must review the rollback afterwards.&lt;/p&gt;</source>
        <translation>&lt;p&gt;La version %1 repasse immédiatement en production et %2 est retirée ; un autre responsable qualité doit ensuite revoir le retour arrière.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;/p&gt;&lt;p&gt;&lt;b&gt;The evidence on %1&lt;/b&gt;&lt;br&gt;</source>
        <translation>&lt;/p&gt;&lt;p&gt;&lt;b&gt;Les preuves sur %1&lt;/b&gt;&lt;br&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;What you sign&lt;/b&gt;&lt;br&gt;%1&lt;br&gt;SHA-256 of its content: &lt;code&gt;%2&lt;/code&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Ce que vous signez&lt;/b&gt;&lt;br&gt;%1&lt;br&gt;SHA-256 de son contenu : &lt;code&gt;%2&lt;/code&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;What you sign&lt;/b&gt;&lt;br&gt;%1 %2&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Ce que vous signez&lt;/b&gt;&lt;br&gt;%1 %2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;You attest&lt;/b&gt;&lt;br&gt;&lt;i&gt;%1&lt;/i&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Vous attestez&lt;/b&gt;&lt;br&gt;&lt;i&gt;%1&lt;/i&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>No workspace is open.</source>
        <translation>Aucun espace de travail n’est ouvert.</translation>
    </message>
    <message>
        <source>Give the reason: it is part of what you sign.</source>
        <translation>Indiquez la raison : elle fait partie de ce que vous signez.</translation>
    </message>
    <message>
        <source>The plan&apos;s power is below 50% for %1: widen those margins or add samples, or tick the box to submit it anyway.</source>
        <translation>La puissance du plan est inférieure à 50 % pour %1 : élargissez ces marges, ajoutez des échantillons ou cochez la case pour le soumettre quand même.</translation>
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
        <translation>&lt;table cellpadding=&apos;2&apos;&gt;&lt;tr&gt;&lt;th align=&apos;left&apos;&gt;Règle&lt;/th&gt;&lt;th align=&apos;left&apos;&gt;Verdict&lt;/th&gt;&lt;th align=&apos;left&apos;&gt;Critère d’acceptation&lt;/th&gt;&lt;/tr&gt;</translation>
    </message>
    <message>
        <source>&lt;h4&gt;Signatures&lt;/h4&gt;&lt;table cellpadding=&apos;3&apos; border=&apos;0&apos;&gt;&lt;tr&gt;&lt;th align=&apos;left&apos;&gt;No.&lt;/th&gt;&lt;th align=&apos;left&apos;&gt;Signed by&lt;/th&gt;&lt;th align=&apos;left&apos;&gt;Meaning&lt;/th&gt;&lt;th align=&apos;left&apos;&gt;Local time&lt;/th&gt;&lt;th align=&apos;left&apos;&gt;UTC&lt;/th&gt;&lt;th align=&apos;left&apos;&gt;Status&lt;/th&gt;&lt;th align=&apos;left&apos;&gt;Reason&lt;/th&gt;&lt;/tr&gt;</source>
        <translation>&lt;h4&gt;Signatures&lt;/h4&gt;&lt;table cellpadding=&apos;3&apos; border=&apos;0&apos;&gt;&lt;tr&gt;&lt;th align=&apos;left&apos;&gt;N°&lt;/th&gt;&lt;th align=&apos;left&apos;&gt;Signé par&lt;/th&gt;&lt;th align=&apos;left&apos;&gt;Signification&lt;/th&gt;&lt;th align=&apos;left&apos;&gt;Heure locale&lt;/th&gt;&lt;th align=&apos;left&apos;&gt;UTC&lt;/th&gt;&lt;th align=&apos;left&apos;&gt;État&lt;/th&gt;&lt;th align=&apos;left&apos;&gt;Raison&lt;/th&gt;&lt;/tr&gt;</translation>
    </message>
    <message>
        <source>verifies</source>
        <translation>valide</translation>
    </message>
    <message>
        <source>&lt;h4&gt;Revisions&lt;/h4&gt;</source>
        <translation>&lt;h4&gt;Révisions&lt;/h4&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Revision %1&lt;/b&gt;%2: content &lt;code&gt;%3&lt;/code&gt;, plan &lt;code&gt;%4&lt;/code&gt;%5</source>
        <translation>&lt;p&gt;&lt;b&gt;Révision %1&lt;/b&gt;%2 : contenu &lt;code&gt;%3&lt;/code&gt;, plan &lt;code&gt;%4&lt;/code&gt;%5</translation>
    </message>
    <message>
        <source> (locked)</source>
        <translation> (verrouillée)</translation>
    </message>
    <message>
        <source>, evidence &lt;code&gt;%1&lt;/code&gt;</source>
        <translation>, preuves &lt;code&gt;%1&lt;/code&gt;</translation>
    </message>
    <message>
        <source>&lt;br&gt;%1: “%2” → “%3”</source>
        <translation>&lt;br&gt;%1 : « %2 » → « %3 »</translation>
    </message>
    <message>
        <source>&lt;h3&gt;%1 — %2&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;%1 — %2&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt;, revision %2. %3 version %4 against %5%6; opened by %7.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt;, révision %2. %3 version %4 contre %5%6 ; ouverte par %7.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>no baseline (first release)</source>
        <translation>pas de référence (première mise en production)</translation>
    </message>
    <message>
        <source>version %1 in production</source>
        <translation>version %1 en production</translation>
    </message>
    <message>
        <source> and the originally cleared version %1</source>
        <translation> et la version autorisée à l’origine %1</translation>
    </message>
    <message>
        <source>&lt;p style=&apos;color:%1&apos;&gt;&lt;b&gt;Emergency rollback: review due %2%3.&lt;/b&gt;&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;color:%1&apos;&gt;&lt;b&gt;Retour arrière d’urgence : revue due le %2%3.&lt;/b&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source> (overdue)</source>
        <translation> (en retard)</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Trigger:&lt;/b&gt; %1 — %2&lt;br&gt;&lt;b&gt;Classification:&lt;/b&gt; %3 — %4&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Déclencheur :&lt;/b&gt; %1 — %2&lt;br&gt;&lt;b&gt;Classification :&lt;/b&gt; %3 — %4&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Description:&lt;/b&gt; %1&lt;br&gt;&lt;b&gt;Rationale:&lt;/b&gt; %2&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Description :&lt;/b&gt; %1&lt;br&gt;&lt;b&gt;Justification :&lt;/b&gt; %2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h4&gt;Verdicts&lt;/h4&gt;</source>
        <translation>&lt;h4&gt;Verdicts&lt;/h4&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Not evaluated yet. The evidence is computed by Countersign from the stored predictions once the plan is locked.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Pas encore évaluée. Countersign calcule les preuves à partir des prédictions enregistrées une fois le plan verrouillé.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; (%2)&lt;br&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; (%2)&lt;br&gt;</translation>
    </message>
    <message>
        <source>&lt;i&gt;Against the originally cleared version %1, at its threshold %2:&lt;/i&gt;&lt;br&gt;</source>
        <translation>&lt;i&gt;Face à la version autorisée à l’origine %1, à son seuil %2 :&lt;/i&gt;&lt;br&gt;</translation>
    </message>
    <message>
        <source>&lt;/p&gt;&lt;p&gt;Evidence SHA-256 &lt;code&gt;%1&lt;/code&gt;&lt;/p&gt;</source>
        <translation>&lt;/p&gt;&lt;p&gt;Preuves SHA-256 &lt;code&gt;%1&lt;/code&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&lt;h4&gt;Validation plan%1&lt;/h4&gt;&lt;p&gt;Datasets: %2&lt;br&gt;Thresholds: candidate %3, baseline %4%5; alpha %6&lt;br&gt;Non-inferiority margins: sensitivity %7, specificity %8, accuracy %9, AUC %10&lt;br&gt;</source>
        <translation>&lt;h4&gt;Plan de validation%1&lt;/h4&gt;&lt;p&gt;Jeux de données : %2&lt;br&gt;Seuils : candidate %3, référence %4%5 ; alpha %6&lt;br&gt;Marges de non-infériorité : sensibilité %7, spécificité %8, exactitude %9, AUC %10&lt;br&gt;</translation>
    </message>
    <message>
        <source>, originally cleared %1</source>
        <translation>, autorisée à l’origine %1</translation>
    </message>
    <message>
        <source>Subgroups: %1, with a verdict from %2 positives&lt;/p&gt;</source>
        <translation>Sous-groupes : %1, avec un verdict à partir de %2 positifs&lt;/p&gt;</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>&lt;h4&gt;Risk-benefit analysis&lt;/h4&gt;&lt;p&gt;&lt;b&gt;Benefits:&lt;/b&gt; %1&lt;br&gt;&lt;b&gt;Risks:&lt;/b&gt; %2&lt;br&gt;&lt;b&gt;Mitigations:&lt;/b&gt; %3&lt;br&gt;&lt;b&gt;Residual risk:&lt;/b&gt; %4&lt;/p&gt;</source>
        <translation>&lt;h4&gt;Analyse bénéfice-risque&lt;/h4&gt;&lt;p&gt;&lt;b&gt;Bénéfices :&lt;/b&gt; %1&lt;br&gt;&lt;b&gt;Risques :&lt;/b&gt; %2&lt;br&gt;&lt;b&gt;Atténuations :&lt;/b&gt; %3&lt;br&gt;&lt;b&gt;Risque résiduel :&lt;/b&gt; %4&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Rollback plan:&lt;/b&gt; back to version %1 if %2&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Plan de retour arrière :&lt;/b&gt; retour à la version %1 si %2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h4&gt;History&lt;/h4&gt;&lt;table cellpadding=&apos;2&apos;&gt;</source>
        <translation>&lt;h4&gt;Historique&lt;/h4&gt;&lt;table cellpadding=&apos;2&apos;&gt;</translation>
    </message>
    <message>
        <source>&lt;tr&gt;&lt;td&gt;%1&lt;/td&gt;&lt;td&gt;%2 → %3&lt;/td&gt;&lt;td&gt;by %4&lt;/td&gt;&lt;td&gt;%5&lt;/td&gt;&lt;td&gt;%6&lt;/td&gt;&lt;/tr&gt;</source>
        <translation>&lt;tr&gt;&lt;td&gt;%1&lt;/td&gt;&lt;td&gt;%2 → %3&lt;/td&gt;&lt;td&gt;par %4&lt;/td&gt;&lt;td&gt;%5&lt;/td&gt;&lt;td&gt;%6&lt;/td&gt;&lt;/tr&gt;</translation>
    </message>
    <message>
        <source>signature %1</source>
        <translation>signature %1</translation>
    </message>
</context>
<context>
    <name>cs::ui::ChangeRequestsPage</name>
    <message>
        <source>%1 d</source>
        <translation>%1 j</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Éditer…</translation>
    </message>
    <message>
        <source>&amp;Submit…</source>
        <translation>&amp;Soumettre…</translation>
    </message>
    <message>
        <source>E&amp;valuate</source>
        <translation>É&amp;valuer</translation>
    </message>
    <message>
        <source>&amp;Approve…</source>
        <translation>&amp;Approuver…</translation>
    </message>
    <message>
        <source>Re&amp;ject…</source>
        <translation>Re&amp;jeter…</translation>
    </message>
    <message>
        <source>Re&amp;turn…</source>
        <translation>Ren&amp;voyer…</translation>
    </message>
    <message>
        <source>J&amp;ustify…</source>
        <translation>J&amp;ustifier…</translation>
    </message>
    <message>
        <source>&amp;Implement…</source>
        <translation>&amp;Mettre en œuvre…</translation>
    </message>
    <message>
        <source>Emergency &amp;Rollback…</source>
        <translation>&amp;Retour arrière d’urgence…</translation>
    </message>
    <message>
        <source>Re&amp;view Rollback…</source>
        <translation>Re&amp;voir le retour arrière…</translation>
    </message>
    <message>
        <source>&amp;Withdraw…</source>
        <translation>Re&amp;tirer…</translation>
    </message>
    <message>
        <source>&amp;New Change Request…</source>
        <translation>&amp;Nouvelle demande de modification…</translation>
    </message>
    <message>
        <source>Rollback Re&amp;quest…</source>
        <translation>Demande de retour arri&amp;ère…</translation>
    </message>
    <message>
        <source>Export &amp;Package…</source>
        <translation>Exporter le &amp;dossier…</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Change requests&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Demandes de modification&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>Rec&amp;hercher :</translation>
    </message>
    <message>
        <source>Request, model, version, person or title</source>
        <translation>Demande, modèle, version, personne ou titre</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>Affi&amp;cher :</translation>
    </message>
    <message>
        <source>All requests</source>
        <translation>Toutes les demandes</translation>
    </message>
    <message>
        <source>Waiting for me</source>
        <translation>En attente de moi</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvertes</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Terminées</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Demande</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Candidate vs baseline</source>
        <translation>Candidate vs référence</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Trigger</source>
        <translation>Déclencheur</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Âge</translation>
    </message>
    <message>
        <source>Next step (from whom)</source>
        <translation>Prochaine étape (par qui)</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Change requests</source>
        <translation>Demandes de modification</translation>
    </message>
    <message>
        <source>Open a request that puts the rollback version back into production, approved and implemented like any other</source>
        <translation>Ouvrir une demande qui remet la version de retour arrière en production, approuvée et mise en œuvre comme toute autre</translation>
    </message>
    <message>
        <source>Save the change-control package (PDF/A), signed with your certificate</source>
        <translation>Enregistrer le dossier de maîtrise des modifications (PDF/A), signé avec votre certificat</translation>
    </message>
    <message>
        <source>Summary of the request</source>
        <translation>Résumé de la demande</translation>
    </message>
    <message>
        <source>S&amp;ummary</source>
        <translation>Rés&amp;umé</translation>
    </message>
    <message>
        <source>What c&amp;hanged</source>
        <translation>Ce qui a c&amp;hangé</translation>
    </message>
    <message>
        <source>Va&amp;lidation</source>
        <translation>Va&amp;lidation</translation>
    </message>
    <message>
        <source>%1 vs %2</source>
        <translation>%1 vs %2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No change requests yet. A data scientist opens one for a candidate version (countersign-cli cr create).</source>
        <translation>Pas encore de demande de modification. Un data scientist en ouvre une pour une version candidate (countersign-cli cr create).</translation>
    </message>
    <message>
        <source>Requests: %1. Waiting for a QA decision: %2. Waiting for you: %3. A version reaches production only through an approved and implemented request.</source>
        <translation>Demandes : %1. En attente d’une décision qualité : %2. En attente de vous : %3. Une version n’arrive en production que par une demande approuvée et mise en œuvre.</translation>
    </message>
    <message>
        <source>As frozen with the evidence when the request was evaluated (the package prints the same).</source>
        <translation>Tel que gelé avec les preuves lors de l’évaluation de la demande (le dossier imprime la même chose).</translation>
    </message>
    <message>
        <source>A first release: version %1 has no baseline to compare with.</source>
        <translation>Une première mise en production : la version %1 n’a pas de référence à comparer.</translation>
    </message>
    <message>
        <source>Return %1</source>
        <translation>Renvoyer %1</translation>
    </message>
    <message>
        <source>Withdraw %1</source>
        <translation>Retirer %1</translation>
    </message>
    <message>
        <source>Reason (recorded in the audit trail):</source>
        <translation>Raison (enregistrée dans la piste d’audit) :</translation>
    </message>
    <message>
        <source>Change request</source>
        <translation>Demande de modification</translation>
    </message>
    <message>
        <source>Computing the evidence of %1…</source>
        <translation>Calcul des preuves de %1…</translation>
    </message>
</context>
<context>
    <name>cs::ui::ConnectTeamDialog</name>
    <message>
        <source>Connect to Team Workspace</source>
        <translation>Se connecter à un espace de travail d’équipe</translation>
    </message>
    <message>
        <source>A team workspace lives in a PostgreSQL database that several people work in at once. Ask your database administrator for these details.</source>
        <translation>Un espace de travail d’équipe réside dans une base PostgreSQL où plusieurs personnes travaillent en même temps. Demandez ces informations à votre administrateur de base de données.</translation>
    </message>
    <message>
        <source>db.hospital.example</source>
        <translation>db.hopital.example</translation>
    </message>
    <message>
        <source>the team&apos;s database</source>
        <translation>la base de l’équipe</translation>
    </message>
    <message>
        <source>your database user name</source>
        <translation>votre nom d’utilisateur de la base</translation>
    </message>
    <message>
        <source>Verify the server&apos;s certificate (recommended)</source>
        <translation>Vérifier le certificat du serveur (recommandé)</translation>
    </message>
    <message>
        <source>Encrypt, without verifying the certificate</source>
        <translation>Chiffrer, sans vérifier le certificat</translation>
    </message>
    <message>
        <source>Local socket on this computer (no TLS)</source>
        <translation>Socket local sur cet ordinateur (sans TLS)</translation>
    </message>
    <message>
        <source>empty: from ~/.pgpass or a service file</source>
        <translation>vide : depuis ~/.pgpass ou un fichier de service</translation>
    </message>
    <message>
        <source>or paste a postgresql:// URI (e.g. postgresql:///?service=qa-team)</source>
        <translation>ou collez une URI postgresql:// (p. ex. postgresql:///?service=qa-team)</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Serveur :</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;ort :</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Base de données :</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>Nom d’&amp;utilisateur :</translation>
    </message>
    <message>
        <source>&amp;Encryption:</source>
        <translation>&amp;Chiffrement :</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>Mot de &amp;passe :</translation>
    </message>
    <message>
        <source>Connection &amp;URI:</source>
        <translation>URI de co&amp;nnexion :</translation>
    </message>
    <message>
        <source>The password is used for this connection only; Countersign never saves it.</source>
        <translation>Le mot de passe ne sert qu’à cette connexion ; Countersign ne l’enregistre jamais.</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>Se &amp;connecter</translation>
    </message>
    <message>
        <source>Connects to %1</source>
        <translation>Se connecte à %1</translation>
    </message>
    <message>
        <source>Fill in the server, database and user name, or paste a postgresql:// URI.</source>
        <translation>Indiquez le serveur, la base et le nom d’utilisateur, ou collez une URI postgresql://.</translation>
    </message>
</context>
<context>
    <name>cs::ui::DatasetsPage</name>
    <message>
        <source>&lt;h2&gt;Datasets&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Jeux de données&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>Jeu de données</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Verrouillé</translation>
    </message>
    <message>
        <source>Samples</source>
        <translation>Échantillons</translation>
    </message>
    <message>
        <source>Predictions</source>
        <translation>Prédictions</translation>
    </message>
    <message>
        <source>Datasets</source>
        <translation>Jeux de données</translation>
    </message>
    <message>
        <source>No datasets yet. Import a prediction file (File &gt; Import, Ctrl+I) to create one.</source>
        <translation>Pas encore de jeu de données. Importez un fichier de prédictions (Fichier &gt; Importer, Ctrl+I) pour en créer un.</translation>
    </message>
    <message numerus="yes">
        <source>%n dataset(s). Locked datasets never change: later files must carry exactly their samples and labels.</source>
        <translation>
            <numerusform>%n jeu de données. Les jeux verrouillés ne changent jamais : les fichiers suivants doivent porter exactement leurs échantillons et étiquettes.</numerusform>
            <numerusform>%n jeux de données. Les jeux verrouillés ne changent jamais : les fichiers suivants doivent porter exactement leurs échantillons et étiquettes.</numerusform>
        </translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message numerus="yes">
        <source>%n version(s)</source>
        <translation>
            <numerusform>%n version</numerusform>
            <numerusform>%n versions</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;h3&gt;%1 — %2%3&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;%1 — %2%3&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>, locked</source>
        <translation>, verrouillé</translation>
    </message>
    <message>
        <source>&lt;p&gt;%1 samples; labels %2; subgroups %3. Created %4 by %5.&lt;/p&gt;</source>
        <translation>&lt;p&gt;%1 échantillons ; étiquettes %2 ; sous-groupes %3. Créé le %4 par %5.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>&lt;h4&gt;Files&lt;/h4&gt;&lt;table cellpadding=&apos;3&apos;&gt;</source>
        <translation>&lt;h4&gt;Fichiers&lt;/h4&gt;&lt;table cellpadding=&apos;3&apos;&gt;</translation>
    </message>
    <message>
        <source>&lt;tr&gt;&lt;td&gt;%1&lt;/td&gt;&lt;td&gt;%2 rows, %3 samples added&lt;/td&gt;&lt;td&gt;&lt;code&gt;%4&lt;/code&gt;&lt;/td&gt;&lt;td&gt;%5 by %6&lt;/td&gt;&lt;/tr&gt;</source>
        <translation>&lt;tr&gt;&lt;td&gt;%1&lt;/td&gt;&lt;td&gt;%2 lignes, %3 échantillons ajoutés&lt;/td&gt;&lt;td&gt;&lt;code&gt;%4&lt;/code&gt;&lt;/td&gt;&lt;td&gt;%5 par %6&lt;/td&gt;&lt;/tr&gt;</translation>
    </message>
    <message>
        <source>&lt;/table&gt;&lt;h4&gt;Predictions&lt;/h4&gt;&lt;table cellpadding=&apos;3&apos;&gt;</source>
        <translation>&lt;/table&gt;&lt;h4&gt;Prédictions&lt;/h4&gt;&lt;table cellpadding=&apos;3&apos;&gt;</translation>
    </message>
    <message>
        <source>%1 version %2</source>
        <translation>%1 version %2</translation>
    </message>
    <message>
        <source>&lt;tr&gt;&lt;td&gt;%1&lt;/td&gt;&lt;td&gt;column %2&lt;/td&gt;&lt;td&gt;%3 samples scored&lt;/td&gt;&lt;td&gt;&lt;code&gt;%4&lt;/code&gt;&lt;/td&gt;&lt;/tr&gt;</source>
        <translation>&lt;tr&gt;&lt;td&gt;%1&lt;/td&gt;&lt;td&gt;colonne %2&lt;/td&gt;&lt;td&gt;%3 échantillons notés&lt;/td&gt;&lt;td&gt;&lt;code&gt;%4&lt;/code&gt;&lt;/td&gt;&lt;/tr&gt;</translation>
    </message>
    <message>
        <source>&lt;h4&gt;Data contract&lt;/h4&gt;</source>
        <translation>&lt;h4&gt;Contrat de données&lt;/h4&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;No data-contract result attached (countersign-cli import expectations).&lt;/p&gt;</source>
        <translation>&lt;p&gt;Aucun résultat de contrat de données joint (countersign-cli import expectations).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Suite &lt;b&gt;%1&lt;/b&gt; (Great Expectations %2): %3 of %4 expectations met — %5. From %6.&lt;/p&gt;&lt;ul&gt;</source>
        <translation>&lt;p&gt;Suite &lt;b&gt;%1&lt;/b&gt; (Great Expectations %2) : %3 attentes satisfaites sur %4 — %5. Depuis %6.&lt;/p&gt;&lt;ul&gt;</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>réussie</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>échouée</translation>
    </message>
    <message>
        <source>Dataset details</source>
        <translation>Détails du jeu de données</translation>
    </message>
</context>
<context>
    <name>cs::ui::DriftPage</name>
    <message>
        <source>%1 by %2: %3</source>
        <translation>%1 par %2 : %3</translation>
    </message>
    <message>
        <source>Open: waiting for review</source>
        <translation>Ouverte : en attente de revue</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Pris en compte</translation>
    </message>
    <message>
        <source>Change request opened</source>
        <translation>Demande de modification ouverte</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Fenêtre</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Drifted</source>
        <translation>En dérive</translation>
    </message>
    <message>
        <source>Alert</source>
        <translation>Alerte</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>Enregistrée</translation>
    </message>
    <message>
        <source>Production windows</source>
        <translation>Fenêtres de production</translation>
    </message>
    <message>
        <source>Feature</source>
        <translation>Variable</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Méthode</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>Seuil</translation>
    </message>
    <message>
        <source>PSI</source>
        <translation>PSI</translation>
    </message>
    <message>
        <source>Features of the selected window</source>
        <translation>Variables de la fenêtre sélectionnée</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>Drift alerts</source>
        <translation>Alertes de dérive</translation>
    </message>
    <message>
        <source>Distribution of the selected feature</source>
        <translation>Distribution de la variable sélectionnée</translation>
    </message>
    <message>
        <source>Cumulative distribution of the selected feature</source>
        <translation>Distribution cumulée de la variable sélectionnée</translation>
    </message>
    <message>
        <source>PSI by feature</source>
        <translation>PSI par variable</translation>
    </message>
    <message>
        <source>PSI over the windows</source>
        <translation>PSI au fil des fenêtres</translation>
    </message>
    <message>
        <source>Performance over the labelled windows</source>
        <translation>Performance au fil des fenêtres étiquetées</translation>
    </message>
    <message>
        <source>Largest subgroup gap in sensitivity over the labelled windows</source>
        <translation>Plus grand écart de sensibilité entre sous-groupes au fil des fenêtres étiquetées</translation>
    </message>
    <message>
        <source>&amp;Run Drift…</source>
        <translation>&amp;Lancer la dérive…</translation>
    </message>
    <message>
        <source>&amp;Acknowledge…</source>
        <translation>&amp;Prendre en compte…</translation>
    </message>
    <message>
        <source>Open &amp;Change Request…</source>
        <translation>Ouvrir une &amp;demande de modification…</translation>
    </message>
    <message>
        <source>Show Change &amp;Request</source>
        <translation>Afficher la demande de &amp;modification</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Drift&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Dérive&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Compare a production window with a reference, feature by feature</source>
        <translation>Comparer une fenêtre de production à une référence, variable par variable</translation>
    </message>
    <message>
        <source>&amp;Distribution</source>
        <translation>&amp;Distribution</translation>
    </message>
    <message>
        <source>&amp;PSI by feature</source>
        <translation>&amp;PSI par variable</translation>
    </message>
    <message>
        <source>&amp;Over time</source>
        <translation>Dans le &amp;temps</translation>
    </message>
    <message>
        <source>Pe&amp;rformance</source>
        <translation>Pe&amp;rformance</translation>
    </message>
    <message>
        <source>The alert needs no change now: record why (QA officer)</source>
        <translation>L’alerte ne nécessite pas de modification maintenant : enregistrez pourquoi (responsable qualité)</translation>
    </message>
    <message>
        <source>Open a change request triggered by this alert</source>
        <translation>Ouvrir une demande de modification déclenchée par cette alerte</translation>
    </message>
    <message>
        <source>Go to the change request opened from this alert</source>
        <translation>Aller à la demande de modification ouverte depuis cette alerte</translation>
    </message>
    <message>
        <source>&lt;b&gt;Alert queue&lt;/b&gt;</source>
        <translation>&lt;b&gt;File des alertes&lt;/b&gt;</translation>
    </message>
    <message>
        <source>No drift run yet. Import a reference and production windows with their feature columns (import predictions --feature), then Run Drift… on each window.</source>
        <translation>Pas encore d’analyse de dérive. Importez une référence et des fenêtres de production avec leurs colonnes de variables (import predictions --feature), puis Lancer la dérive… sur chaque fenêtre.</translation>
    </message>
    <message numerus="yes">
        <source>%n drift run(s) on production windows; %1 alert(s) waiting for review.</source>
        <translation>
            <numerusform>%n analyse de dérive sur des fenêtres de production ; %1 alerte(s) en attente de revue.</numerusform>
            <numerusform>%n analyses de dérive sur des fenêtres de production ; %1 alerte(s) en attente de revue.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>open</source>
        <translation>ouverte</translation>
    </message>
    <message>
        <source>answered</source>
        <translation>traitée</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>score of version %1</source>
        <translation>score de la version %1</translation>
    </message>
    <message>
        <source>DRIFTED</source>
        <translation>EN DÉRIVE</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>reference %1</source>
        <translation>référence %1</translation>
    </message>
    <message>
        <source>window %1</source>
        <translation>fenêtre %1</translation>
    </message>
    <message>
        <source>%1: PSI bins (reference deciles)</source>
        <translation>%1 : classes du PSI (déciles de la référence)</translation>
    </message>
    <message>
        <source>share of values</source>
        <translation>part des valeurs</translation>
    </message>
    <message>
        <source>ECDF: numeric features only</source>
        <translation>ECDF : variables numériques uniquement</translation>
    </message>
    <message>
        <source>cumulative share</source>
        <translation>part cumulée</translation>
    </message>
    <message>
        <source>not drifted</source>
        <translation>sans dérive</translation>
    </message>
    <message>
        <source>drifted</source>
        <translation>en dérive</translation>
    </message>
    <message>
        <source>PSI %1</source>
        <translation>PSI %1</translation>
    </message>
    <message>
        <source>population stability index</source>
        <translation>indice de stabilité de population</translation>
    </message>
    <message>
        <source>PSI of %1</source>
        <translation>PSI de %1</translation>
    </message>
    <message>
        <source>PSI of the scores</source>
        <translation>PSI des scores</translation>
    </message>
    <message>
        <source>Alerts are marked at their window; the dotted line is PSI 0.2. Performance over the labelled windows, with intervals and subgroup gaps, is on the Performance tab.</source>
        <translation>Les alertes sont marquées à leur fenêtre ; la ligne pointillée est le PSI 0,2. La performance au fil des fenêtres étiquetées, avec intervalles et écarts entre sous-groupes, est dans l’onglet Performance.</translation>
    </message>
    <message>
        <source>Acknowledge %1</source>
        <translation>Prendre en compte %1</translation>
    </message>
    <message>
        <source>Why does this alert need no change now? (recorded in the audit trail)</source>
        <translation>Pourquoi cette alerte ne nécessite-t-elle pas de modification maintenant ? (enregistré dans la piste d’audit)</translation>
    </message>
    <message>
        <source>Acknowledge alert</source>
        <translation>Prendre en compte l’alerte</translation>
    </message>
    <message>
        <source>Run drift</source>
        <translation>Lancer la dérive</translation>
    </message>
    <message>
        <source>%1 breached a threshold and raised alert %2; it waits in the alert queue.</source>
        <translation>%1 a franchi un seuil et levé l’alerte %2 ; elle attend dans la file des alertes.</translation>
    </message>
    <message>
        <source>Run Drift</source>
        <translation>Lancer la dérive</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>&amp;Modèle :</translation>
    </message>
    <message>
        <source>&amp;Window:</source>
        <translation>&amp;Fenêtre :</translation>
    </message>
    <message>
        <source>&amp;Reference:</source>
        <translation>&amp;Référence :</translation>
    </message>
    <message>
        <source>The version in production gives the scores compared; the engine and defaults are those of stats drift.</source>
        <translation>La version en production fournit les scores comparés ; le moteur et les valeurs par défaut sont ceux de stats drift.</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Lancer</translation>
    </message>
    <message>
        <source>%1 vs
%2</source>
        <translation>%1 vs
%2</translation>
    </message>
    <message>
        <source>sensitivity (95% Wilson interval)</source>
        <translation>sensibilité (intervalle de Wilson à 95 %)</translation>
    </message>
    <message>
        <source>specificity (95% Wilson interval)</source>
        <translation>spécificité (intervalle de Wilson à 95 %)</translation>
    </message>
    <message>
        <source>at the released threshold</source>
        <translation>au seuil mis en production</translation>
    </message>
    <message>
        <source>largest gap</source>
        <translation>plus grand écart</translation>
    </message>
    <message>
        <source>largest gap between %1 groups</source>
        <translation>plus grand écart entre groupes de %1</translation>
    </message>
    <message>
        <source>sensitivity gap (groups with %1+ positives)</source>
        <translation>écart de sensibilité (groupes avec %1+ positifs)</translation>
    </message>
    <message>
        <source>sensitivity gap</source>
        <translation>écart de sensibilité</translation>
    </message>
</context>
<context>
    <name>cs::ui::EnrollDialog</name>
    <message>
        <source>Enroll Signing Certificate</source>
        <translation>Enregistrer un certificat de signature</translation>
    </message>
    <message>
        <source>Choose your PKCS#12 file (.p12, .pfx). Countersign checks the certificate and that you hold its key, then stores the certificate only: the private key stays in your file.</source>
        <translation>Choisissez votre fichier PKCS#12 (.p12, .pfx). Countersign vérifie le certificat et que vous en détenez la clé, puis n’enregistre que le certificat : la clé privée reste dans votre fichier.</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>PKCS#12 &amp;file:</source>
        <translation>&amp;Fichier PKCS#12 :</translation>
    </message>
    <message>
        <source>Pa&amp;ssphrase:</source>
        <translation>P&amp;hrase secrète :</translation>
    </message>
    <message>
        <source>Enroll</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Your PKCS#12 file</source>
        <translation>Votre fichier PKCS#12</translation>
    </message>
    <message>
        <source>PKCS#12 files (*.p12 *.pfx);;All files (*)</source>
        <translation>Fichiers PKCS#12 (*.p12 *.pfx);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Enrolled now: %1, valid until %2.</source>
        <translation>Enregistré maintenant : %1, valide jusqu’au %2.</translation>
    </message>
    <message>
        <source>You have no enrolled certificate yet.</source>
        <translation>Vous n’avez pas encore de certificat enregistré.</translation>
    </message>
    <message>
        <source>Enrolled %1 (%2).%3</source>
        <translation>%1 enregistré (%2).%3</translation>
    </message>
    <message>
        <source> The file uses legacy encryption (RC2 or 3DES); re-export it with AES when you can.</source>
        <translation> Le fichier utilise un chiffrement ancien (RC2 ou 3DES) ; exportez-le à nouveau en AES dès que possible.</translation>
    </message>
    <message>
        <source>PKCS#12 file</source>
        <translation>Fichier PKCS#12</translation>
    </message>
</context>
<context>
    <name>cs::ui::ExportDocumentDialog</name>
    <message>
        <source>Export the Audit Report</source>
        <translation>Exporter le rapport d’audit</translation>
    </message>
    <message>
        <source>Export the PCCP %1</source>
        <translation>Exporter le PCCP %1</translation>
    </message>
    <message>
        <source>Export the Package of %1</source>
        <translation>Exporter le dossier de %1</translation>
    </message>
    <message>
        <source>Version %1 of the PCCP in the structure of FDA&apos;s guidance: the modifications, each one&apos;s protocol with its acceptance criteria in words, the impact assessment, the traceability table and the real-world monitoring rules, with the version&apos;s status and signatures, as a PDF/A file that you sign with your certificate. The export is recorded in the audit trail.</source>
        <translation>Version %1 du PCCP dans la structure du guide de la FDA : les modifications, le protocole de chacune avec ses critères d’acceptation en mots, l’évaluation d’impact, le tableau de traçabilité et les règles de surveillance en conditions réelles, avec l’état et les signatures de la version, en fichier PDF/A que vous signez avec votre certificat. L’export est enregistré dans la piste d’audit.</translation>
    </message>
    <message>
        <source>The inspector&apos;s audit report: the workspace&apos;s identity and verifier key, the verification of the whole trail, checkpoints, reviews, every signature, account and settings changes, and every event of the days you choose with its hashes, as a PDF/A file that you sign with your certificate. The export writes a checkpoint and is recorded in the audit trail.</source>
        <translation>Le rapport d’audit pour l’inspecteur : l’identité et la clé de vérification de l’espace de travail, la vérification de toute la piste, les points de contrôle, les revues, chaque signature, les changements de comptes et de paramètres, et chaque événement des jours choisis avec ses hachages, en fichier PDF/A que vous signez avec votre certificat. L’export écrit un point de contrôle et est enregistré dans la piste d’audit.</translation>
    </message>
    <message>
        <source>The change-control package of %1: the signatures, the summary and verdicts, the validation tables and charts from the frozen evidence, the risk-benefit analysis, the approval record, the audit-trail excerpt with its proofs and the digests, as a PDF/A file that you sign with your certificate. The export is recorded in the audit trail.</source>
        <translation>Le dossier de maîtrise des modifications de %1 : les signatures, le résumé et les verdicts, les tableaux et graphiques de validation issus des preuves gelées, l’analyse bénéfice-risque, l’enregistrement d’approbation, l’extrait de piste d’audit avec ses preuves et les empreintes, en fichier PDF/A que vous signez avec votre certificat. L’export est enregistré dans la piste d’audit.</translation>
    </message>
    <message>
        <source>Bro&amp;wse…</source>
        <translation>Parc&amp;ourir…</translation>
    </message>
    <message>
        <source>Save &amp;as:</source>
        <translation>Enregistrer &amp;sous :</translation>
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
        <translation>P&amp;apier :</translation>
    </message>
    <message>
        <source>&amp;From the start of (UTC):</source>
        <translation>&amp;Du début du (UTC) :</translation>
    </message>
    <message>
        <source>&amp;To the end of (UTC):</source>
        <translation>&amp;À la fin du (UTC) :</translation>
    </message>
    <message>
        <source>Sign and Export</source>
        <translation>Signer et exporter</translation>
    </message>
    <message>
        <source>Save the Audit Report</source>
        <translation>Enregistrer le rapport d’audit</translation>
    </message>
    <message>
        <source>Save the PCCP</source>
        <translation>Enregistrer le PCCP</translation>
    </message>
    <message>
        <source>Save the Package</source>
        <translation>Enregistrer le dossier</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <source>No workspace is open.</source>
        <translation>Aucun espace de travail n’est ouvert.</translation>
    </message>
    <message>
        <source>Say where to save the file.</source>
        <translation>Indiquez où enregistrer le fichier.</translation>
    </message>
    <message>
        <source>The last day comes before the first.</source>
        <translation>Le dernier jour précède le premier.</translation>
    </message>
    <message>
        <source>Saved %1 (%2 bytes, SHA-256 %3), signed by you.</source>
        <translation>%1 enregistré (%2 octets, SHA-256 %3), signé par vous.</translation>
    </message>
    <message>
        <source>Exporting the audit report…</source>
        <translation>Export du rapport d’audit…</translation>
    </message>
    <message>
        <source>Exporting the PCCP…</source>
        <translation>Export du PCCP…</translation>
    </message>
    <message>
        <source>Exporting the package of %1…</source>
        <translation>Export du dossier de %1…</translation>
    </message>
    <message>
        <source>Export cancelled: no file was written and nothing was recorded.</source>
        <translation>Export annulé : aucun fichier n’a été écrit et rien n’a été consigné.</translation>
    </message>
</context>
<context>
    <name>cs::ui::ImportWizard</name>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>What to import</source>
        <translation>Que faut-il importer</translation>
    </message>
    <message>
        <source>Countersign reads the source and copies what it needs into the workspace; it never changes the source.</source>
        <translation>Countersign lit la source et copie ce dont il a besoin dans l’espace de travail ; il ne modifie jamais la source.</translation>
    </message>
    <message>
        <source>&amp;MLflow tracking folder (mlruns): registered model versions with their runs</source>
        <translation>Dossier de suivi &amp;MLflow (mlruns) : versions de modèle enregistrées avec leurs runs</translation>
    </message>
    <message>
        <source>MLflow &amp;database (mlflow.db): the same, from MLflow&apos;s SQL store</source>
        <translation>&amp;Base MLflow (mlflow.db) : la même chose, depuis le magasin SQL de MLflow</translation>
    </message>
    <message>
        <source>D&amp;VC lock file (dvc.lock): the data lineage of a version</source>
        <translation>Fichier de verrou D&amp;VC (dvc.lock) : la lignée des données d’une version</translation>
    </message>
    <message>
        <source>&amp;Prediction file (CSV): per-sample scores of versions on a dataset</source>
        <translation>Fichier de &amp;prédictions (CSV) : scores par échantillon des versions sur un jeu de données</translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation>&amp;Emplacement :</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>MLflow tracking folder</source>
        <translation>Dossier de suivi MLflow</translation>
    </message>
    <message>
        <source>MLflow database</source>
        <translation>Base MLflow</translation>
    </message>
    <message>
        <source>SQLite databases (*.db *.sqlite)</source>
        <translation>Bases SQLite (*.db *.sqlite)</translation>
    </message>
    <message>
        <source>DVC lock file</source>
        <translation>Fichier de verrou DVC</translation>
    </message>
    <message>
        <source>DVC lock files (dvc.lock *.lock)</source>
        <translation>Fichiers de verrou DVC (dvc.lock *.lock)</translation>
    </message>
    <message>
        <source>Prediction file</source>
        <translation>Fichier de prédictions</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Registered model versions</source>
        <translation>Versions de modèle enregistrées</translation>
    </message>
    <message>
        <source>Each checked version is imported with its parameters, metric histories, tags, run and the SHA-256 of every readable artifact. Imported evidence is frozen.</source>
        <translation>Chaque version cochée est importée avec ses paramètres, l’historique de ses métriques, ses tags, son run et le SHA-256 de chaque artefact lisible. Les preuves importées sont gelées.</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>&amp;Modèle :</translation>
    </message>
    <message>
        <source>&amp;Versions:</source>
        <translation>&amp;Versions :</translation>
    </message>
    <message>
        <source>Data lineage</source>
        <translation>Lignée des données</translation>
    </message>
    <message>
        <source>The lock file&apos;s stages (command, dependencies and outputs with their digests, parameters) are attached to the version as its data lineage.</source>
        <translation>Les étapes du fichier de verrou (commande, dépendances et sorties avec leurs empreintes, paramètres) sont jointes à la version comme lignée des données.</translation>
    </message>
    <message>
        <source>&amp;Version:</source>
        <translation>&amp;Version :</translation>
    </message>
    <message>
        <source>Map the file&apos;s columns. A new dataset needs a role; validation and challenge sets are locked, so later files must carry exactly the same samples. Files with patient identifiers are refused.</source>
        <translation>Associez les colonnes du fichier. Un nouveau jeu de données a besoin d’un rôle ; les jeux de validation et de mise à l’épreuve sont verrouillés, les fichiers suivants doivent donc porter exactement les mêmes échantillons. Les fichiers avec des identifiants de patients sont refusés.</translation>
    </message>
    <message>
        <source>Preview of the first rows</source>
        <translation>Aperçu des premières lignes</translation>
    </message>
    <message>
        <source>&amp;Dataset:</source>
        <translation>&amp;Jeu de données :</translation>
    </message>
    <message>
        <source>&amp;Role (new dataset):</source>
        <translation>&amp;Rôle (nouveau jeu) :</translation>
    </message>
    <message>
        <source>Sample &amp;ID column:</source>
        <translation>Colonne d’&amp;identifiant d’échantillon :</translation>
    </message>
    <message>
        <source>&amp;Label column:</source>
        <translation>Colonne d’&amp;étiquette :</translation>
    </message>
    <message>
        <source>Mo&amp;del:</source>
        <translation>Mo&amp;dèle :</translation>
    </message>
    <message>
        <source>&amp;Subgroup columns:</source>
        <translation>Colonnes de &amp;sous-groupes :</translation>
    </message>
    <message>
        <source>Columns to monitor for drift, stored with a new dataset (production windows and their reference): numeric, or categorical when any value is text</source>
        <translation>Colonnes à surveiller pour la dérive, enregistrées avec un nouveau jeu de données (fenêtres de production et leur référence) : numériques, ou catégorielles dès qu’une valeur est du texte</translation>
    </message>
    <message>
        <source>&amp;Features (drift):</source>
        <translation>&amp;Variables (dérive) :</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Score column</source>
        <translation>Colonne de score</translation>
    </message>
    <message>
        <source>S&amp;cores of each version:</source>
        <translation>S&amp;cores de chaque version :</translation>
    </message>
    <message>
        <source>%1: %2 (%3 dependencies, %4 outputs)</source>
        <translation>%1 : %2 (%3 dépendances, %4 sorties)</translation>
    </message>
    <message>
        <source>Stages in %1:
%2</source>
        <translation>Étapes dans %1 :
%2</translation>
    </message>
    <message>
        <source>%1 has no registered models.</source>
        <translation>%1 n’a pas de modèles enregistrés.</translation>
    </message>
    <message>
        <source>Version %1 (already in the workspace)</source>
        <translation>Version %1 (déjà dans l’espace de travail)</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message numerus="yes">
        <source>The first %n row(s) of %1 (%2). Every row is checked when you import.</source>
        <translation>
            <numerusform>La première ligne de %1 (%2). Chaque ligne est vérifiée à l’import.</numerusform>
            <numerusform>Les %n premières lignes de %1 (%2). Chaque ligne est vérifiée à l’import.</numerusform>
        </translation>
    </message>
    <message>
        <source>(no labels)</source>
        <translation>(pas d’étiquettes)</translation>
    </message>
    <message>
        <source>(not in this file)</source>
        <translation>(absent de ce fichier)</translation>
    </message>
    <message>
        <source>Nothing was imported</source>
        <translation>Rien n’a été importé</translation>
    </message>
    <message>
        <source>Open a workspace first.</source>
        <translation>Ouvrez d’abord un espace de travail.</translation>
    </message>
    <message>
        <source>Choose a model and at least one version.</source>
        <translation>Choisissez un modèle et au moins une version.</translation>
    </message>
    <message>
        <source>Reading %1 and hashing its artifacts…</source>
        <translation>Lecture de %1 et calcul des empreintes de ses artefacts…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Imported version(s) %1 of %2.</source>
        <translation>Version(s) %1 de %2 importée(s).</translation>
    </message>
    <message>
        <source>Not read: %1.</source>
        <translation>Non lu : %1.</translation>
    </message>
    <message>
        <source>Choose the version the lineage belongs to.</source>
        <translation>Choisissez la version à laquelle appartient la lignée.</translation>
    </message>
    <message numerus="yes">
        <source>Attached the data lineage of %n DVC stage(s) to %1 version %2.</source>
        <translation>
            <numerusform>Lignée des données de %n étape DVC jointe à %1 version %2.</numerusform>
            <numerusform>Lignée des données de %n étapes DVC jointe à %1 version %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Import de %1…</translation>
    </message>
    <message>
        <source>Import cancelled</source>
        <translation>Import annulé</translation>
    </message>
    <message>
        <source>%1: %2 row(s) read, %3 sample(s) added; predictions of %4 stored.</source>
        <translation>%1 : %2 ligne(s) lue(s), %3 échantillon(s) ajouté(s) ; prédictions de %4 enregistrées.</translation>
    </message>
    <message>
        <source>no new version</source>
        <translation>aucune nouvelle version</translation>
    </message>
    <message>
        <source>Versions to import</source>
        <translation>Versions à importer</translation>
    </message>
</context>
<context>
    <name>cs::ui::LongWork</name>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>cs::ui::MainWindow</name>
    <message>
        <source>Models</source>
        <translation>Modèles</translation>
    </message>
    <message>
        <source>Each model and its versions, brought in from MLflow, DVC and git with their whole lineage frozen as evidence: training code commit, data digests, parameters, metrics and the lifecycle state from registration to production.</source>
        <translation>Chaque modèle et ses versions, repris de MLflow, DVC et git avec toute leur lignée gelée comme preuve : commit du code d’entraînement, empreintes des données, paramètres, métriques et état du cycle de vie, de l’enregistrement à la production.</translation>
    </message>
    <message>
        <source>Change requests</source>
        <translation>Demandes de modification</translation>
    </message>
    <message>
        <source>Requests to promote a candidate version: what changed, its validation against the production model on the locked validation set, the PCCP gate results, the risk-benefit analysis, the rollback plan and the signatures that approve or reject it.</source>
        <translation>Demandes de promotion d’une version candidate : ce qui a changé, sa validation face au modèle en production sur le jeu de validation verrouillé, les résultats du contrôle PCCP, l’analyse bénéfice-risque, le plan de retour arrière et les signatures qui l’approuvent ou la rejettent.</translation>
    </message>
    <message>
        <source>PCCPs</source>
        <translation>PCCP</translation>
    </message>
    <message>
        <source>Predetermined Change Control Plans: the modifications a model may undergo, the protocol and the pre-specified acceptance criteria every candidate version is checked against automatically.</source>
        <translation>Plans de contrôle des modifications prédéterminés : les modifications qu’un modèle peut subir, le protocole et les critères d’acceptation prédéfinis auxquels chaque version candidate est confrontée automatiquement.</translation>
    </message>
    <message>
        <source>Datasets</source>
        <translation>Jeux de données</translation>
    </message>
    <message>
        <source>Locked validation sets, challenge sets and drift windows, each identified by its SHA-256 digest, with its schema and data-contract evidence.</source>
        <translation>Jeux de validation verrouillés, jeux de mise à l’épreuve et fenêtres de dérive, chacun identifié par son empreinte SHA-256, avec son schéma et ses preuves de contrat de données.</translation>
    </message>
    <message>
        <source>Drift</source>
        <translation>Dérive</translation>
    </message>
    <message>
        <source>Reference and production windows compared feature by feature and across patient subgroups; a breached threshold raises an alert that can open a change request.</source>
        <translation>Fenêtres de référence et de production comparées variable par variable et entre sous-groupes de patients ; un seuil franchi lève une alerte qui peut ouvrir une demande de modification.</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Piste d’audit</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>Signatures</translation>
    </message>
    <message>
        <source>Electronic signatures bound to the exact version of a record with the signer&apos;s X.509 certificate, each showing the printed name, the date and time and its meaning, with its verification status.</source>
        <translation>Signatures électroniques liées à la version exacte d’un enregistrement avec le certificat X.509 du signataire, chacune montrant le nom imprimé, la date et l’heure et sa signification, avec son état de vérification.</translation>
    </message>
    <message>
        <source>%1 (Ctrl+%2)</source>
        <translation>%1 (Ctrl+%2)</translation>
    </message>
    <message>
        <source>Chain hash of the latest audit event</source>
        <translation>Hachage de chaîne du dernier événement d’audit</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;New Workspace…</source>
        <translation>&amp;Nouvel espace de travail…</translation>
    </message>
    <message>
        <source>&amp;Open Workspace…</source>
        <translation>&amp;Ouvrir un espace de travail…</translation>
    </message>
    <message>
        <source>Connect to &amp;Team Workspace…</source>
        <translation>Se connecter à un espace d’é&amp;quipe…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Ouverts &amp;récemment</translation>
    </message>
    <message>
        <source>Open &amp;Demo Workspace</source>
        <translation>Ouvrir l’espace de &amp;démonstration</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <source>&amp;Verify a Package…</source>
        <translation>&amp;Vérifier un dossier…</translation>
    </message>
    <message>
        <source>Verify a Package</source>
        <translation>Vérifier un dossier</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <source>&amp;Close Workspace</source>
        <translation>&amp;Fermer l’espace de travail</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Audit</source>
        <translation>&amp;Audit</translation>
    </message>
    <message>
        <source>&amp;Verify Audit Trail</source>
        <translation>&amp;Vérifier la piste d’audit</translation>
    </message>
    <message>
        <source>Record &amp;Review…</source>
        <translation>Enregistrer une &amp;revue…</translation>
    </message>
    <message>
        <source>Write &amp;Checkpoint…</source>
        <translation>Écrire un &amp;point de contrôle…</translation>
    </message>
    <message>
        <source>&amp;Find Events</source>
        <translation>&amp;Rechercher des événements</translation>
    </message>
    <message>
        <source>Export Audit &amp;Report…</source>
        <translation>Exporter le rapport d’&amp;audit…</translation>
    </message>
    <message>
        <source>A&amp;ccount</source>
        <translation>&amp;Compte</translation>
    </message>
    <message>
        <source>&amp;Sign a Record…</source>
        <translation>&amp;Signer un enregistrement…</translation>
    </message>
    <message>
        <source>&amp;Enroll Signing Certificate…</source>
        <translation>&amp;Enregistrer un certificat de signature…</translation>
    </message>
    <message>
        <source>&amp;Change Password…</source>
        <translation>&amp;Changer le mot de passe…</translation>
    </message>
    <message>
        <source>Choose a new password.</source>
        <translation>Choisissez un nouveau mot de passe.</translation>
    </message>
    <message>
        <source>Sign &amp;Out</source>
        <translation>Se &amp;déconnecter</translation>
    </message>
    <message>
        <source>&amp;Users…</source>
        <translation>&amp;Utilisateurs…</translation>
    </message>
    <message>
        <source>&amp;Trust Store…</source>
        <translation>&amp;Magasin de confiance…</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Aller à</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <source>&amp;About Countersign</source>
        <translation>À &amp;propos de Countersign</translation>
    </message>
    <message>
        <source>%1 has no user accounts yet (it was created before sign-in existed). Create its administrator account.</source>
        <translation>%1 n’a pas encore de comptes utilisateur (il a été créé avant l’existence de la connexion). Créez son compte administrateur.</translation>
    </message>
    <message>
        <source>Cannot create the administrator</source>
        <translation>Impossible de créer l’administrateur</translation>
    </message>
    <message>
        <source>Locked accounts</source>
        <translation>Comptes verrouillés</translation>
    </message>
    <message>
        <source>These accounts are locked after failed sign-ins:
%1

Check with each person, then unlock the account in Account &gt; Users with a reason.</source>
        <translation>Ces comptes sont verrouillés après des connexions échouées :
%1

Vérifiez auprès de chaque personne, puis déverrouillez le compte dans Compte &gt; Utilisateurs avec une raison.</translation>
    </message>
    <message>
        <source>An administrator set your password. Choose your own before you continue.</source>
        <translation>Un administrateur a défini votre mot de passe. Choisissez le vôtre avant de continuer.</translation>
    </message>
    <message>
        <source>Your password has expired. Choose a new one before you continue.</source>
        <translation>Votre mot de passe a expiré. Choisissez-en un nouveau avant de continuer.</translation>
    </message>
    <message>
        <source>Cannot open workspace</source>
        <translation>Impossible d’ouvrir l’espace de travail</translation>
    </message>
    <message>
        <source>Cannot open the demo workspace</source>
        <translation>Impossible d’ouvrir l’espace de travail de démonstration</translation>
    </message>
    <message>
        <source>New workspace</source>
        <translation>Nouvel espace de travail</translation>
    </message>
    <message>
        <source>Countersign workspaces (*.countersign)</source>
        <translation>Espaces de travail Countersign (*.countersign)</translation>
    </message>
    <message>
        <source>You are the administrator of the new workspace: you add the people who work in it and manage its trust store.</source>
        <translation>Vous êtes l’administrateur du nouvel espace de travail : vous ajoutez les personnes qui y travaillent et gérez son magasin de confiance.</translation>
    </message>
    <message>
        <source>Cannot create workspace</source>
        <translation>Impossible de créer l’espace de travail</translation>
    </message>
    <message>
        <source>Workspace created</source>
        <translation>Espace de travail créé</translation>
    </message>
    <message>
        <source>The workspace was created with its signing key in
%1

Keep a backup of the key file: audit-trail checkpoints cannot be signed without it.</source>
        <translation>L’espace de travail a été créé avec sa clé de signature dans
%1

Conservez une sauvegarde du fichier de clé : sans elle les points de contrôle de la piste d’audit ne peuvent pas être signés.</translation>
    </message>
    <message>
        <source>Open workspace</source>
        <translation>Ouvrir un espace de travail</translation>
    </message>
    <message>
        <source>Countersign workspaces (*.countersign);;All files (*)</source>
        <translation>Espaces de travail Countersign (*.countersign);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>No recent workspaces</source>
        <translation>Aucun espace de travail récent</translation>
    </message>
    <message>
        <source>Countersign</source>
        <translation>Countersign</translation>
    </message>
    <message>
        <source> [demo]</source>
        <translation> [démo]</translation>
    </message>
    <message>
        <source> [read-only]</source>
        <translation> [lecture seule]</translation>
    </message>
    <message>
        <source>%1 — Countersign</source>
        <translation>%1 — Countersign</translation>
    </message>
    <message>
        <source>No workspace open</source>
        <translation>Aucun espace de travail ouvert</translation>
    </message>
    <message>
        <source>  (read-only)</source>
        <translation>  (lecture seule)</translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation>Connecté en tant que %1</translation>
    </message>
    <message>
        <source>%1 events</source>
        <translation>%1 événements</translation>
    </message>
    <message>
        <source>chain head %1…</source>
        <translation>tête de chaîne %1…</translation>
    </message>
    <message>
        <source>About Countersign</source>
        <translation>À propos de Countersign</translation>
    </message>
    <message>
        <source>Countersign %1

Quality assurance and change control for clinical machine-learning models: review, e-sign and document every change, with a tamper-evident audit trail.</source>
        <translation>Countersign %1

Assurance qualité et maîtrise des modifications pour les modèles d’apprentissage automatique cliniques : revoir, signer électroniquement et documenter chaque modification, avec une piste d’audit inviolable.</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Paramètres</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>Follow the &amp;System (%1)</source>
        <translation>Langue du &amp;système (%1)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Countersign will be in %1 the next time it starts. Records already written, signed or hashed keep the language they were written in.</source>
        <translation>Countersign sera en %1 au prochain démarrage. Les enregistrements déjà écrits, signés ou hachés gardent la langue dans laquelle ils ont été écrits.</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
</context>
<context>
    <name>cs::ui::MetricHistoryChart</name>
    <message>
        <source>Metric &amp;history:</source>
        <translation>&amp;Historique de la métrique :</translation>
    </message>
    <message>
        <source>step</source>
        <translation>étape</translation>
    </message>
    <message>
        <source>Metric history chart</source>
        <translation>Graphique de l’historique de la métrique</translation>
    </message>
    <message>
        <source>No metrics recorded.</source>
        <translation>Aucune métrique enregistrée.</translation>
    </message>
    <message>
        <source>version %1</source>
        <translation>version %1</translation>
    </message>
    <message numerus="yes">
        <source>%n point(s) are NaN or infinite and not drawn.</source>
        <translation>
            <numerusform>%n point est NaN ou infini et n’est pas tracé.</numerusform>
            <numerusform>%n points sont NaN ou infinis et ne sont pas tracés.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cs::ui::ModelsPage</name>
    <message>
        <source>&amp;Compare Versions…</source>
        <translation>&amp;Comparer des versions…</translation>
    </message>
    <message>
        <source>New Change &amp;Request…</source>
        <translation>Nouvelle &amp;demande de modification…</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Models&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Modèles&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Validate the selected version against the one in production, for approval</source>
        <translation>Valider la version sélectionnée face à celle en production, pour approbation</translation>
    </message>
    <message>
        <source>&amp;Move To</source>
        <translation>&amp;Passer à</translation>
    </message>
    <message>
        <source>Move the selected version through its lifecycle (a reason is recorded)</source>
        <translation>Faire avancer la version sélectionnée dans son cycle de vie (une raison est enregistrée)</translation>
    </message>
    <message>
        <source>What differs between two versions: parameters, configuration, metrics, code, data</source>
        <translation>Ce qui diffère entre deux versions : paramètres, configuration, métriques, code, données</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Code commit</source>
        <translation>Commit du code</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importée</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>Modèles</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versions</translation>
    </message>
    <message>
        <source>No models yet. A data scientist imports model versions with their evidence from MLflow: &lt;code&gt;countersign-cli import mlflow&lt;/code&gt; (the import window follows).</source>
        <translation>Pas encore de modèles. Un data scientist importe des versions de modèle avec leurs preuves depuis MLflow : &lt;code&gt;countersign-cli import mlflow&lt;/code&gt; (la fenêtre d’import suit).</translation>
    </message>
    <message numerus="yes">
        <source>%n model(s). Select a version to see its frozen evidence and what is missing for it to be reproduced.</source>
        <translation>
            <numerusform>%n modèle. Sélectionnez une version pour voir ses preuves gelées et ce qui manque pour la reproduire.</numerusform>
            <numerusform>%n modèles. Sélectionnez une version pour voir ses preuves gelées et ce qui manque pour la reproduire.</numerusform>
        </translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 par %2</translation>
    </message>
    <message>
        <source>Training code commit recorded</source>
        <translation>Commit du code d’entraînement enregistré</translation>
    </message>
    <message>
        <source>Commit details and configuration attached (import git)</source>
        <translation>Détails du commit et configuration joints (importer git)</translation>
    </message>
    <message>
        <source>Training run found</source>
        <translation>Run d’entraînement trouvé</translation>
    </message>
    <message>
        <source>Parameters recorded</source>
        <translation>Paramètres enregistrés</translation>
    </message>
    <message>
        <source>Model artifacts digested</source>
        <translation>Empreintes des artefacts du modèle calculées</translation>
    </message>
    <message>
        <source>Every artifact readable</source>
        <translation>Chaque artefact lisible</translation>
    </message>
    <message>
        <source>Software environment recorded (requirements or conda file)</source>
        <translation>Environnement logiciel enregistré (fichier requirements ou conda)</translation>
    </message>
    <message>
        <source>Training data named (dataset inputs)</source>
        <translation>Données d’entraînement nommées (entrées de jeux de données)</translation>
    </message>
    <message>
        <source>Data lineage attached (dvc.lock)</source>
        <translation>Lignée des données jointe (dvc.lock)</translation>
    </message>
    <message>
        <source>&lt;h4&gt;Metrics (latest)&lt;/h4&gt;&lt;table&gt;</source>
        <translation>&lt;h4&gt;Métriques (dernières)&lt;/h4&gt;&lt;table&gt;</translation>
    </message>
    <message>
        <source>&lt;tr&gt;&lt;td&gt;%1&lt;/td&gt;&lt;td&gt;%2&lt;/td&gt;&lt;td&gt;step %3, %4 points&lt;/td&gt;&lt;/tr&gt;</source>
        <translation>&lt;tr&gt;&lt;td&gt;%1&lt;/td&gt;&lt;td&gt;%2&lt;/td&gt;&lt;td&gt;étape %3, %4 points&lt;/td&gt;&lt;/tr&gt;</translation>
    </message>
    <message>
        <source>&lt;tr&gt;&lt;td&gt;&amp;nbsp;&amp;nbsp;on %1 (digest %2)&lt;/td&gt;&lt;td&gt;%3&lt;/td&gt;&lt;td&gt;step %4, %5 points&lt;/td&gt;&lt;/tr&gt;</source>
        <translation>&lt;tr&gt;&lt;td&gt;&amp;nbsp;&amp;nbsp;sur %1 (empreinte %2)&lt;/td&gt;&lt;td&gt;%3&lt;/td&gt;&lt;td&gt;étape %4, %5 points&lt;/td&gt;&lt;/tr&gt;</translation>
    </message>
    <message>
        <source>&lt;h4&gt;&lt;a name=&quot;logged-model&quot;&gt;&lt;/a&gt;Logged model (MLflow 3)&lt;/h4&gt;&lt;p&gt;&lt;code&gt;%1&lt;/code&gt; “%2”%3, status %4, logged by run %5; found through the version&apos;s %6.&lt;/p&gt;</source>
        <translation>&lt;h4&gt;&lt;a name=&quot;logged-model&quot;&gt;&lt;/a&gt;Modèle journalisé (MLflow 3)&lt;/h4&gt;&lt;p&gt;&lt;code&gt;%1&lt;/code&gt; « %2 »%3, statut %4, journalisé par le run %5 ; trouvé via le %6 de la version.&lt;/p&gt;</translation>
    </message>
    <message>
        <source> of type %1</source>
        <translation> de type %1</translation>
    </message>
    <message>
        <source>&lt;table cellspacing=&quot;4&quot;&gt;&lt;tr&gt;&lt;th align=&quot;left&quot;&gt;Model parameter&lt;/th&gt;&lt;th align=&quot;left&quot;&gt;Value&lt;/th&gt;&lt;/tr&gt;</source>
        <translation>&lt;table cellspacing=&quot;4&quot;&gt;&lt;tr&gt;&lt;th align=&quot;left&quot;&gt;Paramètre du modèle&lt;/th&gt;&lt;th align=&quot;left&quot;&gt;Valeur&lt;/th&gt;&lt;/tr&gt;</translation>
    </message>
    <message>
        <source>&lt;/table&gt;&lt;table cellspacing=&quot;4&quot;&gt;&lt;tr&gt;&lt;th align=&quot;left&quot;&gt;Model metric&lt;/th&gt;&lt;th align=&quot;left&quot;&gt;Dataset&lt;/th&gt;&lt;th align=&quot;left&quot;&gt;Latest&lt;/th&gt;&lt;th align=&quot;left&quot;&gt;Logged by run&lt;/th&gt;&lt;/tr&gt;</source>
        <translation>&lt;/table&gt;&lt;table cellspacing=&quot;4&quot;&gt;&lt;tr&gt;&lt;th align=&quot;left&quot;&gt;Métrique du modèle&lt;/th&gt;&lt;th align=&quot;left&quot;&gt;Jeu de données&lt;/th&gt;&lt;th align=&quot;left&quot;&gt;Dernière&lt;/th&gt;&lt;th align=&quot;left&quot;&gt;Journalisée par le run&lt;/th&gt;&lt;/tr&gt;</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>%1 (digest %2)</source>
        <translation>%1 (empreinte %2)</translation>
    </message>
    <message>
        <source>Move version %1 to %2</source>
        <translation>Passer la version %1 à %2</translation>
    </message>
    <message>
        <source>Reason (recorded in the audit trail):</source>
        <translation>Raison (enregistrée dans la piste d’audit) :</translation>
    </message>
    <message>
        <source>The version was not moved</source>
        <translation>La version n’a pas été déplacée</translation>
    </message>
    <message>
        <source>&lt;h3&gt;%1 version %2 — %3&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;%1 version %2 — %3&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Intended use:&lt;/b&gt; %1&lt;br&gt;&lt;b&gt;Device class:&lt;/b&gt; %2 &amp;nbsp; &lt;b&gt;Risk class:&lt;/b&gt; %3 &amp;nbsp; &lt;b&gt;Owner:&lt;/b&gt; %4%5&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Usage prévu :&lt;/b&gt; %1&lt;br&gt;&lt;b&gt;Classe du dispositif :&lt;/b&gt; %2 &amp;nbsp; &lt;b&gt;Classe de risque :&lt;/b&gt; %3 &amp;nbsp; &lt;b&gt;Responsable :&lt;/b&gt; %4%5&lt;/p&gt;</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>non enregistré</translation>
    </message>
    <message>
        <source> &amp;nbsp; &lt;b&gt;Parent version:&lt;/b&gt; %1</source>
        <translation> &amp;nbsp; &lt;b&gt;Version parente :&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>&lt;p&gt;Imported %1 by %2 from &lt;code&gt;%3&lt;/code&gt;&lt;br&gt;Evidence SHA-256 &lt;code&gt;%4&lt;/code&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;Importée le %1 par %2 depuis &lt;code&gt;%3&lt;/code&gt;&lt;br&gt;Preuves SHA-256 &lt;code&gt;%4&lt;/code&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h4&gt;Reproducibility&lt;/h4&gt;&lt;ul&gt;</source>
        <translation>&lt;h4&gt;Reproductibilité&lt;/h4&gt;&lt;ul&gt;</translation>
    </message>
    <message>
        <source>&lt;h4&gt;Lineage&lt;/h4&gt;&lt;p&gt;Run %1 (%2) in experiment %3, %4&lt;br&gt;Code commit &lt;code&gt;%5&lt;/code&gt;&lt;br&gt;MLflow stage %6%7&lt;/p&gt;</source>
        <translation>&lt;h4&gt;Lignée&lt;/h4&gt;&lt;p&gt;Run %1 (%2) dans l’expérience %3, %4&lt;br&gt;Commit du code &lt;code&gt;%5&lt;/code&gt;&lt;br&gt;Stade MLflow %6%7&lt;/p&gt;</translation>
    </message>
    <message>
        <source>, aliases %1</source>
        <translation>, alias %1</translation>
    </message>
    <message>
        <source>&lt;h4&gt;Parameters&lt;/h4&gt;&lt;table&gt;</source>
        <translation>&lt;h4&gt;Paramètres&lt;/h4&gt;&lt;table&gt;</translation>
    </message>
    <message numerus="yes">
        <source>&lt;h4&gt;Artifacts&lt;/h4&gt;&lt;p&gt;%n file(s) of the logged model digested.</source>
        <translation>
            <numerusform>&lt;h4&gt;Artefacts&lt;/h4&gt;&lt;p&gt;%n fichier du modèle journalisé haché.</numerusform>
            <numerusform>&lt;h4&gt;Artefacts&lt;/h4&gt;&lt;p&gt;%n fichiers du modèle journalisé hachés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;h4&gt;Artifacts&lt;/h4&gt;&lt;p&gt;%n file(s) digested.</source>
        <translation>
            <numerusform>&lt;h4&gt;Artefacts&lt;/h4&gt;&lt;p&gt;%n fichier haché.</numerusform>
            <numerusform>&lt;h4&gt;Artefacts&lt;/h4&gt;&lt;p&gt;%n fichiers hachés.</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;br&gt;&lt;span style=&apos;color:#a40000&apos;&gt;Not read: %1 (%2)&lt;/span&gt;</source>
        <translation>&lt;br&gt;&lt;span style=&apos;color:#a40000&apos;&gt;Non lu : %1 (%2)&lt;/span&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Attached %1 from &lt;code&gt;%2&lt;/code&gt; on %3 by %4&lt;/p&gt;</source>
        <translation>&lt;p&gt;%1 joint depuis &lt;code&gt;%2&lt;/code&gt; le %3 par %4&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h4&gt;Changed since version %1&lt;/h4&gt;</source>
        <translation>&lt;h4&gt;Modifié depuis la version %1&lt;/h4&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Nothing.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Rien.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Version details</source>
        <translation>Détails de la version</translation>
    </message>
</context>
<context>
    <name>cs::ui::NewAccountDialog</name>
    <message>
        <source>Printed &amp;name:</source>
        <translation>&amp;Nom imprimé :</translation>
    </message>
    <message>
        <source>&amp;User ID:</source>
        <translation>&amp;Identifiant :</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail :</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>Mot de &amp;passe :</translation>
    </message>
    <message>
        <source>&amp;Repeat password:</source>
        <translation>&amp;Répéter le mot de passe :</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Les deux mots de passe diffèrent.</translation>
    </message>
    <message>
        <source>Administrator account</source>
        <translation>Compte administrateur</translation>
    </message>
</context>
<context>
    <name>cs::ui::NewChangeRequestWizard</name>
    <message>
        <source>Mi&amp;nor</source>
        <translation>Mi&amp;neure</translation>
    </message>
    <message>
        <source>Ma&amp;jor</source>
        <translation>Ma&amp;jeure</translation>
    </message>
    <message>
        <source>New Change Request</source>
        <translation>Nouvelle demande de modification</translation>
    </message>
    <message>
        <source>&amp;Create Draft</source>
        <translation>&amp;Créer le brouillon</translation>
    </message>
    <message>
        <source>Candidate and trigger</source>
        <translation>Candidate et déclencheur</translation>
    </message>
    <message>
        <source>The version to validate against the one in production. The baseline is fixed when the request is opened.</source>
        <translation>La version à valider face à celle en production. La référence est fixée à l’ouverture de la demande.</translation>
    </message>
    <message>
        <source>e.g. drift alert DA-2026-11, problem report PR-311, schedule RS-2026</source>
        <translation>p. ex. alerte de dérive DA-2026-11, signalement PR-311, planning RS-2026</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>&amp;Modèle :</translation>
    </message>
    <message>
        <source>C&amp;andidate version:</source>
        <translation>Version c&amp;andidate :</translation>
    </message>
    <message>
        <source>Baseline:</source>
        <translation>Référence :</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre :</translation>
    </message>
    <message>
        <source>T&amp;rigger:</source>
        <translation>Déc&amp;lencheur :</translation>
    </message>
    <message>
        <source>Trigger &amp;reference:</source>
        <translation>Ré&amp;férence du déclencheur :</translation>
    </message>
    <message>
        <source>Classification:</source>
        <translation>Classification :</translation>
    </message>
    <message>
        <source>Classification r&amp;eason:</source>
        <translation>Raison de la cla&amp;ssification :</translation>
    </message>
    <message>
        <source>The modification of the model&apos;s PCCP in force this change falls under; its acceptance rules are evaluated with the evidence. A change outside the PCCP needs a new regulatory submission.</source>
        <translation>La modification du PCCP en vigueur du modèle dont relève ce changement ; ses règles d’acceptation sont évaluées avec les preuves. Un changement hors du PCCP nécessite une nouvelle soumission réglementaire.</translation>
    </message>
    <message>
        <source>&amp;PCCP modification:</source>
        <translation>Modification du &amp;PCCP :</translation>
    </message>
    <message>
        <source>Why, and the risks</source>
        <translation>Pourquoi, et les risques</translation>
    </message>
    <message>
        <source>What the change is, why it is made, and the risk-benefit analysis, including bias across patient subgroups.</source>
        <translation>Ce qu’est le changement, pourquoi il est fait, et l’analyse bénéfice-risque, y compris les biais entre sous-groupes de patients.</translation>
    </message>
    <message>
        <source>e.g. sensitivity below 0.75 in any 30-day window</source>
        <translation>p. ex. sensibilité inférieure à 0,75 sur toute fenêtre de 30 jours</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Description :</translation>
    </message>
    <message>
        <source>R&amp;ationale:</source>
        <translation>&amp;Justification :</translation>
    </message>
    <message>
        <source>&amp;Benefits:</source>
        <translation>&amp;Bénéfices :</translation>
    </message>
    <message>
        <source>Ris&amp;ks considered:</source>
        <translation>Ris&amp;ques considérés :</translation>
    </message>
    <message>
        <source>&amp;Mitigations:</source>
        <translation>&amp;Atténuations :</translation>
    </message>
    <message>
        <source>Residual risk &amp;judgement:</source>
        <translation>Jugement du risque &amp;résiduel :</translation>
    </message>
    <message>
        <source>R&amp;oll back if:</source>
        <translation>Retour arri&amp;ère si :</translation>
    </message>
    <message>
        <source>Validation plan</source>
        <translation>Plan de validation</translation>
    </message>
    <message>
        <source>Datasets</source>
        <translation>Jeux de données</translation>
    </message>
    <message>
        <source>Subgroup columns</source>
        <translation>Colonnes de sous-groupes</translation>
    </message>
    <message>
        <source>&amp;Datasets:</source>
        <translation>&amp;Jeux de données :</translation>
    </message>
    <message>
        <source>S&amp;ubgroup columns:</source>
        <translation>Colonnes de &amp;sous-groupes :</translation>
    </message>
    <message>
        <source>Candidate &amp;threshold:</source>
        <translation>&amp;Seuil de la candidate :</translation>
    </message>
    <message>
        <source>Baseline t&amp;hreshold:</source>
        <translation>Seuil de la ré&amp;férence :</translation>
    </message>
    <message>
        <source>The version the device was cleared with: the candidate is also compared with it, at its own threshold, so that a series of small changes cannot drift far from it.</source>
        <translation>La version avec laquelle le dispositif a été autorisé : la candidate lui est aussi comparée, à son propre seuil, pour qu’une série de petits changements ne puisse pas s’en éloigner.</translation>
    </message>
    <message>
        <source>Originally c&amp;leared version:</source>
        <translation>Version autorisée à l’&amp;origine :</translation>
    </message>
    <message>
        <source>Cleared thresh&amp;old:</source>
        <translation>Seuil de l’autori&amp;sation :</translation>
    </message>
    <message>
        <source>Al&amp;pha:</source>
        <translation>Al&amp;pha :</translation>
    </message>
    <message>
        <source>Minimum &amp;positives for a subgroup verdict:</source>
        <translation>Minimum de &amp;positifs pour un verdict de sous-groupe :</translation>
    </message>
    <message>
        <source>&amp;Sensitivity margin:</source>
        <translation>Marge de &amp;sensibilité :</translation>
    </message>
    <message>
        <source>Sp&amp;ecificity margin:</source>
        <translation>Marge de sp&amp;écificité :</translation>
    </message>
    <message>
        <source>Accura&amp;cy margin:</source>
        <translation>Marge d’e&amp;xactitude :</translation>
    </message>
    <message>
        <source>AU&amp;C margin:</source>
        <translation>Marge d’AU&amp;C :</translation>
    </message>
    <message>
        <source>Check the plan</source>
        <translation>Vérifier le plan</translation>
    </message>
    <message>
        <source>Create Draft saves the request as a draft. Submitting it (from the Change requests page) locks the plan and is signed.</source>
        <translation>« Créer le brouillon » enregistre la demande comme brouillon. Sa soumission (depuis la page Demandes de modification) verrouille le plan et est signée.</translation>
    </message>
    <message>
        <source>What changed and why (recorded in the audit trail)</source>
        <translation>Ce qui a changé et pourquoi (enregistré dans la piste d’audit)</translation>
    </message>
    <message>
        <source>Version %1 (%2)</source>
        <translation>Version %1 (%2)</translation>
    </message>
    <message>
        <source>none: a first release</source>
        <translation>aucune : une première mise en production</translation>
    </message>
    <message>
        <source>version %1, in production</source>
        <translation>version %1, en production</translation>
    </message>
    <message>
        <source>No PCCP in force for this model</source>
        <translation>Aucun PCCP en vigueur pour ce modèle</translation>
    </message>
    <message>
        <source>Choose: PCCP version %1 is in force</source>
        <translation>Choisissez : la version %1 du PCCP est en vigueur</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Outside the PCCP (needs a new regulatory submission)</source>
        <translation>Hors du PCCP (nécessite une nouvelle soumission réglementaire)</translation>
    </message>
    <message>
        <source>%1 (not in the PCCP in force)</source>
        <translation>%1 (absent du PCCP en vigueur)</translation>
    </message>
    <message>
        <source>%1 (challenge set)</source>
        <translation>%1 (jeu de mise à l’épreuve)</translation>
    </message>
    <message>
        <source>%1 (locked validation set)</source>
        <translation>%1 (jeu de validation verrouillé)</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucune</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; version %2 against %3%4.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; version %2 contre %3%4.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>no baseline (a first release)</source>
        <translation>pas de référence (une première mise en production)</translation>
    </message>
    <message>
        <source>version %1 in production</source>
        <translation>version %1 en production</translation>
    </message>
    <message>
        <source> and the originally cleared version %1 (at threshold %2)</source>
        <translation> et la version autorisée à l’origine %1 (au seuil %2)</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;(!) With two equally good versions this plan would fail more often than not for %1.&lt;/b&gt; Widen those margins or add samples; submitting it as it is needs the author to accept the low power, in words that go into the signature.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;(!) Avec deux versions également bonnes, ce plan échouerait plus souvent qu’à son tour pour %1.&lt;/b&gt; Élargissez ces marges ou ajoutez des échantillons ; le soumettre tel quel exige que l’auteur accepte la faible puissance, en des termes qui entrent dans la signature.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Everything a submission needs is written.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Tout ce dont une soumission a besoin est rédigé.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Still to write before it can be submitted:&lt;/b&gt;&lt;br&gt;%1&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Reste à rédiger avant de pouvoir soumettre :&lt;/b&gt;&lt;br&gt;%1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>version %1, in production when opened</source>
        <translation>version %1, en production à l’ouverture</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Éditer %1</translation>
    </message>
    <message>
        <source>&amp;Save Changes</source>
        <translation>&amp;Enregistrer les modifications</translation>
    </message>
    <message>
        <source>Roll back %1: version %2 back into production</source>
        <translation>Retour arrière de %1 : version %2 remise en production</translation>
    </message>
    <message>
        <source>None: this request is the rollback.</source>
        <translation>Aucune : cette demande est le retour arrière.</translation>
    </message>
    <message>
        <source>Roll Back %1</source>
        <translation>Retour arrière de %1</translation>
    </message>
    <message>
        <source>Say what changed: it is recorded in the audit trail.</source>
        <translation>Indiquez ce qui a changé : c’est enregistré dans la piste d’audit.</translation>
    </message>
    <message>
        <source>Fixed when the request is submitted, before anyone sees the results.</source>
        <translation>Fixé à la soumission de la demande, avant que quiconque ne voie les résultats.</translation>
    </message>
    <message>
        <source>Filled in from the workspace: the sets with every compared version&apos;s predictions, the protocol of the request that put the baseline into production, and the version of the model&apos;s first release.</source>
        <translation>Prérempli à partir de l’espace de travail : les jeux avec les prédictions de chaque version comparée, le protocole de la demande qui a mis la référence en production, et la version de la première mise en production du modèle.</translation>
    </message>
</context>
<context>
    <name>cs::ui::PccpEditor</name>
    <message>
        <source>&amp;Id:</source>
        <translation>&amp;Id :</translation>
    </message>
    <message>
        <source>T&amp;itle:</source>
        <translation>T&amp;itre :</translation>
    </message>
    <message>
        <source>&amp;Frequency:</source>
        <translation>&amp;Fréquence :</translation>
    </message>
    <message>
        <source>Rationale:</source>
        <translation>Justification :</translation>
    </message>
    <message>
        <source>Labelling affected:</source>
        <translation>Étiquetage concerné :</translation>
    </message>
    <message>
        <source>Data management:</source>
        <translation>Gestion des données :</translation>
    </message>
    <message>
        <source>Re-training:</source>
        <translation>Réentraînement :</translation>
    </message>
    <message>
        <source>Performance evaluation:</source>
        <translation>Évaluation des performances :</translation>
    </message>
    <message>
        <source>Update procedures:</source>
        <translation>Procédures de mise à jour :</translation>
    </message>
    <message>
        <source>Benefits:</source>
        <translation>Bénéfices :</translation>
    </message>
    <message>
        <source>Risks, including bias:</source>
        <translation>Risques, y compris les biais :</translation>
    </message>
    <message>
        <source>Mitigations:</source>
        <translation>Atténuations :</translation>
    </message>
    <message>
        <source>Interactions:</source>
        <translation>Interactions :</translation>
    </message>
    <message>
        <source>Cumulative impact:</source>
        <translation>Impact cumulé :</translation>
    </message>
    <message>
        <source>Acceptance criteria</source>
        <translation>Critères d’acceptation</translation>
    </message>
    <message>
        <source>Real-world monitoring rules</source>
        <translation>Règles de surveillance en conditions réelles</translation>
    </message>
    <message>
        <source>New PCCP Version</source>
        <translation>Nouvelle version du PCCP</translation>
    </message>
    <message>
        <source>The next version of the model&apos;s PCCP, in the structure of FDA&apos;s guidance. It is in force once you sign it as authored and a QA officer approves it.</source>
        <translation>La prochaine version du PCCP du modèle, dans la structure du guide de la FDA. Elle est en vigueur une fois que vous la signez comme auteur et qu’un responsable qualité l’approuve.</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>&amp;Modèle :</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre :</translation>
    </message>
    <message>
        <source>S&amp;ummary:</source>
        <translation>Rés&amp;umé :</translation>
    </message>
    <message>
        <source>Mo&amp;difications:</source>
        <translation>Mo&amp;difications :</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>T&amp;ype :</translation>
    </message>
    <message>
        <source>manual</source>
        <translation>manuelle</translation>
    </message>
    <message>
        <source>automatic</source>
        <translation>automatique</translation>
    </message>
    <message>
        <source>Appli&amp;ed:</source>
        <translation>Appli&amp;cation :</translation>
    </message>
    <message>
        <source>global (every site)</source>
        <translation>globale (chaque site)</translation>
    </message>
    <message>
        <source>local (site-specific)</source>
        <translation>locale (propre au site)</translation>
    </message>
    <message>
        <source>Sco&amp;pe:</source>
        <translation>Por&amp;tée :</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>&lt;b&gt;Acceptance criteria&lt;/b&gt;</source>
        <translation>&lt;b&gt;Critères d’acceptation&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Add &amp;Rule</source>
        <translation>Ajouter une &amp;règle</translation>
    </message>
    <message>
        <source>Remove Rule</source>
        <translation>Supprimer la règle</translation>
    </message>
    <message>
        <source>Protocol and acceptance criteria</source>
        <translation>Protocole et critères d’acceptation</translation>
    </message>
    <message>
        <source>Impact assessment</source>
        <translation>Évaluation d’impact</translation>
    </message>
    <message>
        <source>Evaluated on every drift run of a production window (PSI of a feature, share of drifted features; performance on labelled windows).</source>
        <translation>Évaluée à chaque analyse de dérive d’une fenêtre de production (PSI d’une variable, part des variables en dérive ; performance sur les fenêtres étiquetées).</translation>
    </message>
    <message>
        <source>Add Monitoring Rule</source>
        <translation>Ajouter une règle de surveillance</translation>
    </message>
    <message>
        <source>Real-world monitoring</source>
        <translation>Surveillance en conditions réelles</translation>
    </message>
    <message>
        <source>&amp;Save Version</source>
        <translation>&amp;Enregistrer la version</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Métrique</translation>
    </message>
    <message>
        <source>Statistic</source>
        <translation>Statistique</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>Jeu de données</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Portée</translation>
    </message>
    <message>
        <source>Subgroup column</source>
        <translation>Colonne de sous-groupe</translation>
    </message>
    <message>
        <source>Min. positives</source>
        <translation>Positifs min.</translation>
    </message>
    <message>
        <source>Comparator</source>
        <translation>Comparateur</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Opérateur</translation>
    </message>
    <message>
        <source>Bound</source>
        <translation>Borne</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>Feature</source>
        <translation>Variable</translation>
    </message>
    <message>
        <source>validation</source>
        <translation>validation</translation>
    </message>
    <message>
        <source>challenge</source>
        <translation>mise à l’épreuve</translation>
    </message>
    <message>
        <source>The PCCP cannot be saved:&lt;br&gt;- %1</source>
        <translation>Le PCCP ne peut pas être enregistré :&lt;br&gt;- %1</translation>
    </message>
</context>
<context>
    <name>cs::ui::PccpsPage</name>
    <message>
        <source>%1 by %2</source>
        <translation>%1 par %2</translation>
    </message>
    <message>
        <source>%1: missing</source>
        <translation>%1 : manquant</translation>
    </message>
    <message>
        <source>&lt;h3&gt;%1&lt;/h3&gt;&lt;p&gt;PCCP of &lt;b&gt;%2&lt;/b&gt;, version %3: &lt;b&gt;%4&lt;/b&gt;. Saved by %5 on %6 from %7; content SHA-256 &lt;code&gt;%8&lt;/code&gt;.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;%1&lt;/h3&gt;&lt;p&gt;PCCP de &lt;b&gt;%2&lt;/b&gt;, version %3 : &lt;b&gt;%4&lt;/b&gt;. Enregistré par %5 le %6 depuis %7 ; SHA-256 du contenu &lt;code&gt;%8&lt;/code&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h4&gt;%1 — %2&lt;/h4&gt;&lt;p&gt;%3; %4, %5%6.&lt;/p&gt;</source>
        <translation>&lt;h4&gt;%1 — %2&lt;/h4&gt;&lt;p&gt;%3 ; %4, %5%6.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>automatic</source>
        <translation>automatique</translation>
    </message>
    <message>
        <source>manual</source>
        <translation>manuelle</translation>
    </message>
    <message>
        <source>global</source>
        <translation>globale</translation>
    </message>
    <message>
        <source>local</source>
        <translation>locale</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Acceptance criteria&lt;/b&gt;&lt;/p&gt;&lt;table cellpadding=&apos;2&apos;&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Critères d’acceptation&lt;/b&gt;&lt;/p&gt;&lt;table cellpadding=&apos;2&apos;&gt;</translation>
    </message>
    <message>
        <source>&lt;h4&gt;Real-world monitoring&lt;/h4&gt;&lt;table cellpadding=&apos;2&apos;&gt;</source>
        <translation>&lt;h4&gt;Surveillance en conditions réelles&lt;/h4&gt;&lt;table cellpadding=&apos;2&apos;&gt;</translation>
    </message>
    <message>
        <source>&lt;h4&gt;Traceability&lt;/h4&gt;&lt;table cellpadding=&apos;2&apos;&gt;&lt;tr&gt;&lt;th align=&apos;left&apos;&gt;Modification&lt;/th&gt;&lt;th align=&apos;left&apos;&gt;Protocol part&lt;/th&gt;&lt;th align=&apos;left&apos;&gt;Described&lt;/th&gt;&lt;th align=&apos;left&apos;&gt;Rules&lt;/th&gt;&lt;/tr&gt;</source>
        <translation>&lt;h4&gt;Traçabilité&lt;/h4&gt;&lt;table cellpadding=&apos;2&apos;&gt;&lt;tr&gt;&lt;th align=&apos;left&apos;&gt;Modification&lt;/th&gt;&lt;th align=&apos;left&apos;&gt;Partie du protocole&lt;/th&gt;&lt;th align=&apos;left&apos;&gt;Décrite&lt;/th&gt;&lt;th align=&apos;left&apos;&gt;Règles&lt;/th&gt;&lt;/tr&gt;</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>&lt;b&gt;MISSING&lt;/b&gt;</source>
        <translation>&lt;b&gt;MANQUANT&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&amp;Import PCCP…</source>
        <translation>&amp;Importer un PCCP…</translation>
    </message>
    <message>
        <source>&amp;Sign…</source>
        <translation>&amp;Signer…</translation>
    </message>
    <message>
        <source>&amp;Export PDF…</source>
        <translation>&amp;Exporter en PDF…</translation>
    </message>
    <message>
        <source>&amp;New Version…</source>
        <translation>&amp;Nouvelle version…</translation>
    </message>
    <message>
        <source>&lt;h2&gt;PCCPs&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;PCCP&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Enregistré</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>Signatures</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>PCCP versions</source>
        <translation>Versions du PCCP</translation>
    </message>
    <message>
        <source>Save a PCCP written in YAML as the next version of its model&apos;s PCCP (regulatory affairs)</source>
        <translation>Enregistrer un PCCP écrit en YAML comme prochaine version du PCCP de son modèle (affaires réglementaires)</translation>
    </message>
    <message>
        <source>Sign the selected version: its author as authored, then a QA officer as approved</source>
        <translation>Signer la version sélectionnée : son auteur comme rédacteur, puis un responsable qualité comme approbateur</translation>
    </message>
    <message>
        <source>Write the next version of a model&apos;s PCCP in a form (regulatory affairs)</source>
        <translation>Rédiger la prochaine version du PCCP d’un modèle dans un formulaire (affaires réglementaires)</translation>
    </message>
    <message>
        <source>The selected version as a signed PDF document in the structure of FDA&apos;s PCCP guidance</source>
        <translation>La version sélectionnée en document PDF signé dans la structure du guide PCCP de la FDA</translation>
    </message>
    <message>
        <source>PCCP</source>
        <translation>PCCP</translation>
    </message>
    <message>
        <source>YAML files (*.yaml *.yml)</source>
        <translation>Fichiers YAML (*.yaml *.yml)</translation>
    </message>
    <message>
        <source>No PCCP yet. Regulatory affairs import one written in YAML (Import PCCP…); it is in force once its author signs it as authored and a QA officer approves it.</source>
        <translation>Pas encore de PCCP. Les affaires réglementaires en importent un écrit en YAML (Importer un PCCP…) ; il est en vigueur une fois que son auteur le signe comme auteur et qu’un responsable qualité l’approuve.</translation>
    </message>
    <message numerus="yes">
        <source>%n PCCP version(s). Only an approved version is in force; every change request of its model is checked against it.</source>
        <translation>
            <numerusform>%n version de PCCP. Seule une version approuvée est en vigueur ; chaque demande de modification de son modèle y est confrontée.</numerusform>
            <numerusform>%n versions de PCCP. Seule une version approuvée est en vigueur ; chaque demande de modification de son modèle y est confrontée.</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved version %1. It is in force once you sign it as authored and a QA officer approves it.</source>
        <translation>Version %1 enregistrée. Elle est en vigueur une fois que vous la signez comme auteur et qu’un responsable qualité l’approuve.</translation>
    </message>
    <message>
        <source>Import PCCP</source>
        <translation>Importer un PCCP</translation>
    </message>
    <message>
        <source>Saved version %1 of the PCCP of %2. It is in force once you sign it as authored and a QA officer approves it.</source>
        <translation>Version %1 du PCCP de %2 enregistrée. Elle est en vigueur une fois que vous la signez comme auteur et qu’un responsable qualité l’approuve.</translation>
    </message>
    <message>
        <source>PCCP version details</source>
        <translation>Détails de la version du PCCP</translation>
    </message>
</context>
<context>
    <name>cs::ui::PdfPreview</name>
    <message>
        <source>the signature is valid</source>
        <translation>la signature est valide</translation>
    </message>
    <message>
        <source>the signature is invalid</source>
        <translation>la signature n’est pas valide</translation>
    </message>
    <message>
        <source>the digest does not match (the signed bytes were changed)</source>
        <translation>l’empreinte ne correspond pas (les octets signés ont été modifiés)</translation>
    </message>
    <message>
        <source>the signature cannot be decoded</source>
        <translation>la signature ne peut pas être décodée</translation>
    </message>
    <message>
        <source>the signature could not be checked</source>
        <translation>la signature n’a pas pu être vérifiée</translation>
    </message>
    <message>
        <source>no signature was found</source>
        <translation>aucune signature n’a été trouvée</translation>
    </message>
    <message>
        <source>the signature was not verified</source>
        <translation>la signature n’a pas été vérifiée</translation>
    </message>
    <message>
        <source>unknown status</source>
        <translation>état inconnu</translation>
    </message>
    <message>
        <source>%1 cannot be read as a PDF</source>
        <translation>%1 ne peut pas être lu comme PDF</translation>
    </message>
</context>
<context>
    <name>cs::ui::PlaceholderPage</name>
    <message>
        <source>Nothing here yet in this workspace.</source>
        <translation>Rien ici pour l’instant dans cet espace de travail.</translation>
    </message>
</context>
<context>
    <name>cs::ui::PlanPower</name>
    <message>
        <source>&lt;p&gt;&lt;b&gt;What the plan can show&lt;/b&gt; (power if the two versions were equally good; blinded estimate)&lt;br&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Ce que le plan peut montrer&lt;/b&gt; (puissance si les deux versions étaient également bonnes ; estimation en aveugle)&lt;br&gt;</translation>
    </message>
    <message>
        <source>%1 (%2): n %3, %4 positives, %5 negatives</source>
        <translation>%1 (%2) : n %3, %4 positifs, %5 négatifs</translation>
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
        <translation>Enregistrer une revue de la piste d’audit</translation>
    </message>
    <message>
        <source>What you checked and what you found, e.g. &quot;All changes carry a documented reason and match change tickets CHG-1182 to CHG-1190. No discrepancies.&quot;</source>
        <translation>Ce que vous avez vérifié et ce que vous avez trouvé, p. ex. « Toutes les modifications portent une raison documentée et correspondent aux tickets CHG-1182 à CHG-1190. Aucun écart. »</translation>
    </message>
    <message>
        <source>&amp;Record review</source>
        <translation>&amp;Enregistrer la revue</translation>
    </message>
    <message>
        <source>&amp;First event:</source>
        <translation>&amp;Premier événement :</translation>
    </message>
    <message>
        <source>&amp;Last event:</source>
        <translation>&amp;Dernier événement :</translation>
    </message>
    <message>
        <source>F&amp;inding:</source>
        <translation>&amp;Constat :</translation>
    </message>
    <message>
        <source>Your review of events %1 to %2 is recorded in the audit trail under your name, with the chain hash of event %2, so any later change to these events shows.</source>
        <translation>Votre revue des événements %1 à %2 est enregistrée dans la piste d’audit sous votre nom, avec le hachage de chaîne de l’événement %2, de sorte que toute modification ultérieure de ces événements se voie.</translation>
    </message>
    <message>
        <source>The first event must not come after the last.</source>
        <translation>Le premier événement ne doit pas venir après le dernier.</translation>
    </message>
</context>
<context>
    <name>cs::ui::SignDialog</name>
    <message>
        <source>Sign a Record</source>
        <translation>Signer un enregistrement</translation>
    </message>
    <message>
        <source>&amp;Record:</source>
        <translation>&amp;Enregistrement :</translation>
    </message>
    <message>
        <source>&amp;Meaning:</source>
        <translation>&amp;Signification :</translation>
    </message>
    <message>
        <source>R&amp;eason:</source>
        <translation>&amp;Raison :</translation>
    </message>
    <message>
        <source>Sign</source>
        <translation>Signer</translation>
    </message>
    <message>
        <source>Audit-trail review %1 (events %2–%3, %4)</source>
        <translation>Revue de piste d’audit %1 (événements %2–%3, %4)</translation>
    </message>
    <message>
        <source>PCCP of %1, version %2 (%3)</source>
        <translation>PCCP de %1, version %2 (%3)</translation>
    </message>
    <message>
        <source>&lt;p&gt;There is no record to sign.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Il n’y a aucun enregistrement à signer.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;What you sign&lt;/b&gt;&lt;br&gt;%1&lt;br&gt;SHA-256 of its content: &lt;code&gt;%2&lt;/code&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Ce que vous signez&lt;/b&gt;&lt;br&gt;%1&lt;br&gt;SHA-256 de son contenu : &lt;code&gt;%2&lt;/code&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;You attest&lt;/b&gt;&lt;br&gt;&lt;i&gt;%1&lt;/i&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Vous attestez&lt;/b&gt;&lt;br&gt;&lt;i&gt;%1&lt;/i&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>What you sign</source>
        <translation>Ce que vous signez</translation>
    </message>
</context>
<context>
    <name>cs::ui::SignInDialog</name>
    <message>
        <source>Sign in — Countersign</source>
        <translation>Connexion — Countersign</translation>
    </message>
    <message>
        <source>Session locked — Countersign</source>
        <translation>Session verrouillée — Countersign</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Sign in with your user ID and password. Everything you do is recorded under your name.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Connectez-vous avec votre identifiant et votre mot de passe. Tout ce que vous faites est enregistré sous votre nom.</translation>
    </message>
    <message>
        <source>The session was locked after %1 minutes without activity. Enter the password of &lt;b&gt;%2&lt;/b&gt; to continue, or sign out.</source>
        <translation>La session a été verrouillée après %1 minutes d’inactivité. Saisissez le mot de passe de &lt;b&gt;%2&lt;/b&gt; pour continuer, ou déconnectez-vous.</translation>
    </message>
    <message>
        <source>&amp;User ID:</source>
        <translation>&amp;Identifiant :</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>Mot de &amp;passe :</translation>
    </message>
    <message>
        <source>Demo workspace. Logins:
%1</source>
        <translation>Espace de travail de démonstration. Identifiants :
%1</translation>
    </message>
    <message>
        <source>Sign In</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Déverrouiller</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Sign Out</source>
        <translation>Se déconnecter</translation>
    </message>
    <message>
        <source>Account locked</source>
        <translation>Compte verrouillé</translation>
    </message>
    <message>
        <source>Cannot sign in</source>
        <translation>Connexion impossible</translation>
    </message>
</context>
<context>
    <name>cs::ui::SignaturesPage</name>
    <message>
        <source>&amp;Sign a Record…</source>
        <translation>&amp;Signer un enregistrement…</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Signatures&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Signatures&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>&amp;Verify All</source>
        <translation>&amp;Tout vérifier</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Enregistrement</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>Signification</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>Signé par</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Date et heure</translation>
    </message>
    <message>
        <source>UTC</source>
        <translation>UTC</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Valide</translation>
    </message>
    <message>
        <source>INVALID: %1</source>
        <translation>NON VALIDE : %1</translation>
    </message>
    <message>
        <source>The signature, its certificate and the signed record all verify</source>
        <translation>La signature, son certificat et l’enregistrement signé se vérifient tous</translation>
    </message>
    <message>
        <source>No record has been signed yet.</source>
        <translation>Aucun enregistrement n’a encore été signé.</translation>
    </message>
    <message numerus="yes">
        <source>All %n signature(s) verify: each was made with a trusted certificate valid at the time, and each signed record is unchanged.</source>
        <translation>
            <numerusform>La %n signature se vérifie : elle a été faite avec un certificat de confiance valide à ce moment, et l’enregistrement signé est inchangé.</numerusform>
            <numerusform>Les %n signatures se vérifient : chacune a été faite avec un certificat de confiance valide à ce moment, et chaque enregistrement signé est inchangé.</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b style=&apos;color:#a40000&apos;&gt;%1 of %2 signatures fail verification.&lt;/b&gt; Select one to see why.</source>
        <translation>&lt;b style=&apos;color:#a40000&apos;&gt;%1 signatures sur %2 échouent à la vérification.&lt;/b&gt; Sélectionnez-en une pour voir pourquoi.</translation>
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
        <translation>&lt;p&gt;Raison : %1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>(none given)</source>
        <translation>(aucune donnée)</translation>
    </message>
    <message>
        <source>&lt;p&gt;Record %1 %2, SHA-256 &lt;code&gt;%3&lt;/code&gt;&lt;br&gt;Audit trail at signing: %4 events, chain head &lt;code&gt;%5&lt;/code&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;Enregistrement %1 %2, SHA-256 &lt;code&gt;%3&lt;/code&gt;&lt;br&gt;Piste d’audit à la signature : %4 événements, tête de chaîne &lt;code&gt;%5&lt;/code&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Certificate: %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;Certificat : %1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p style=&apos;color:#1a7f37&apos;&gt;&lt;b&gt;Valid.&lt;/b&gt;&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;color:#1a7f37&apos;&gt;&lt;b&gt;Valide.&lt;/b&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p style=&apos;color:#a40000&apos;&gt;&lt;b&gt;Invalid:&lt;/b&gt; %1&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;color:#a40000&apos;&gt;&lt;b&gt;Non valide :&lt;/b&gt; %1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Signature details</source>
        <translation>Détails de la signature</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>Signatures</translation>
    </message>
</context>
<context>
    <name>cs::ui::SignerFields</name>
    <message>
        <source>&amp;User ID:</source>
        <translation>&amp;Identifiant :</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>Mot de &amp;passe :</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>PKCS#12 &amp;file:</source>
        <translation>&amp;Fichier PKCS#12 :</translation>
    </message>
    <message>
        <source>Pa&amp;ssphrase:</source>
        <translation>P&amp;hrase secrète :</translation>
    </message>
    <message>
        <source>Your PKCS#12 file</source>
        <translation>Votre fichier PKCS#12</translation>
    </message>
    <message>
        <source>PKCS#12 files (*.p12 *.pfx);;All files (*)</source>
        <translation>Fichiers PKCS#12 (*.p12 *.pfx);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Your certificate&lt;/b&gt;&lt;br&gt;%1&lt;br&gt;issued by %2, valid until %3&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Votre certificat&lt;/b&gt;&lt;br&gt;%1&lt;br&gt;émis par %2, valide jusqu’au %3&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p style=&apos;color:#a40000&apos;&gt;&lt;b&gt;You have no enrolled certificate.&lt;/b&gt; Enroll one before signing (countersign-cli cert enroll).&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;color:#a40000&apos;&gt;&lt;b&gt;Vous n’avez aucun certificat enregistré.&lt;/b&gt; Enregistrez-en un avant de signer (countersign-cli cert enroll).&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>cs::ui::TableCopy</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
</context>
<context>
    <name>cs::ui::TrustStoreDialog</name>
    <message>
        <source>Trusted CA</source>
        <translation>AC de confiance</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Valide jusqu’au</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Ajoutée</translation>
    </message>
    <message>
        <source>Revocation list</source>
        <translation>Liste de révocation</translation>
    </message>
    <message>
        <source>Trust Store</source>
        <translation>Magasin de confiance</translation>
    </message>
    <message>
        <source>Signing certificates are accepted only from these CAs. With a revocation list, a revoked certificate is refused, and signing stops when the list is out of date.</source>
        <translation>Les certificats de signature ne sont acceptés que de ces AC. Avec une liste de révocation, un certificat révoqué est refusé, et la signature s’arrête quand la liste est périmée.</translation>
    </message>
    <message>
        <source>Add &amp;CA Certificate…</source>
        <translation>Ajouter un certificat d’&amp;AC…</translation>
    </message>
    <message>
        <source>Add &amp;Revocation List…</source>
        <translation>Ajouter une liste de &amp;révocation…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>CA certificate</source>
        <translation>Certificat d’AC</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer *.der);;All files (*)</source>
        <translation>Certificats (*.pem *.crt *.cer *.der);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Revocation lists (*.crl *.pem *.der);;All files (*)</source>
        <translation>Listes de révocation (*.crl *.pem *.der);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>none: revocation is not checked</source>
        <translation>aucune : la révocation n’est pas vérifiée</translation>
    </message>
    <message>
        <source>issued %1, next update %2, %3 revoked%4</source>
        <translation>émise le %1, prochaine mise à jour %2, %3 révoqué(s)%4</translation>
    </message>
    <message>
        <source> — OUT OF DATE: signing is refused</source>
        <translation> — PÉRIMÉE : la signature est refusée</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 par %2</translation>
    </message>
    <message>
        <source>SHA-256 %1</source>
        <translation>SHA-256 %1</translation>
    </message>
    <message>
        <source>Trust %1</source>
        <translation>Faire confiance à %1</translation>
    </message>
    <message>
        <source>Why is this CA trusted?</source>
        <translation>Pourquoi cette AC est-elle de confiance ?</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <source>Trusted %1.</source>
        <translation>%1 est maintenant de confiance.</translation>
    </message>
    <message>
        <source>Added the revocation list of %1.</source>
        <translation>La liste de révocation de %1 a été ajoutée.</translation>
    </message>
    <message>
        <source>Trusted CAs</source>
        <translation>AC de confiance</translation>
    </message>
</context>
<context>
    <name>cs::ui::UsersDialog</name>
    <message>
        <source>User ID</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>Printed name</source>
        <translation>Nom imprimé</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rôles</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Failed sign-ins</source>
        <translation>Connexions échouées</translation>
    </message>
    <message>
        <source>Password changed</source>
        <translation>Mot de passe modifié</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Utilisateurs</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Ajouter…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Éditer…</translation>
    </message>
    <message>
        <source>&amp;Unlock…</source>
        <translation>&amp;Déverrouiller…</translation>
    </message>
    <message>
        <source>&amp;Lock…</source>
        <translation>&amp;Verrouiller…</translation>
    </message>
    <message>
        <source>&amp;Disable…</source>
        <translation>Dé&amp;sactiver…</translation>
    </message>
    <message>
        <source>&amp;Reset Password…</source>
        <translation>&amp;Réinitialiser le mot de passe…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Select an account first.</source>
        <translation>Sélectionnez d’abord un compte.</translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation>Réinitialiser le mot de passe</translation>
    </message>
    <message>
        <source>New password for %1 (they must change it at next sign-in):</source>
        <translation>Nouveau mot de passe pour %1 (à changer à la prochaine connexion) :</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Raison :</translation>
    </message>
    <message>
        <source>New password set for %1.</source>
        <translation>Nouveau mot de passe défini pour %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) locked after failed sign-ins: check with the person, then unlock with a reason.</source>
        <translation>
            <numerusform>%n compte verrouillé après des connexions échouées : vérifiez auprès de la personne, puis déverrouillez-le avec une raison.</numerusform>
            <numerusform>%n comptes verrouillés après des connexions échouées : vérifiez auprès des personnes, puis déverrouillez-les avec une raison.</numerusform>
        </translation>
    </message>
    <message>
        <source>Added %1. Give them the password by a separate channel; they must change it at first sign-in.</source>
        <translation>%1 ajouté. Transmettez-lui le mot de passe par un autre canal ; il devra le changer à la première connexion.</translation>
    </message>
    <message>
        <source>no account selected</source>
        <translation>aucun compte sélectionné</translation>
    </message>
    <message>
        <source>Change account %1</source>
        <translation>Modifier le compte %1</translation>
    </message>
    <message>
        <source>Reason (recorded in the audit trail):</source>
        <translation>Raison (enregistrée dans la piste d’audit) :</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <source>%1 is now %2.</source>
        <translation>%1 est maintenant %2.</translation>
    </message>
    <message>
        <source>Updated %1.</source>
        <translation>%1 mis à jour.</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Éditer %1</translation>
    </message>
    <message>
        <source>Add user</source>
        <translation>Ajouter un utilisateur</translation>
    </message>
    <message>
        <source>&amp;User ID:</source>
        <translation>&amp;Identifiant :</translation>
    </message>
    <message>
        <source>Printed &amp;name:</source>
        <translation>&amp;Nom imprimé :</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail :</translation>
    </message>
    <message>
        <source>First &amp;password:</source>
        <translation>&amp;Premier mot de passe :</translation>
    </message>
    <message>
        <source>Roles:</source>
        <translation>Rôles :</translation>
    </message>
    <message>
        <source>User accounts</source>
        <translation>Comptes utilisateur</translation>
    </message>
</context>
<context>
    <name>cs::ui::ValidationView</name>
    <message>
        <source>Compared &amp;with:</source>
        <translation>Comparé &amp;avec :</translation>
    </message>
    <message>
        <source>PCCP acceptance rules</source>
        <translation>Règles d’acceptation du PCCP</translation>
    </message>
    <message>
        <source>Headline table</source>
        <translation>Tableau principal</translation>
    </message>
    <message>
        <source>Confusion matrices</source>
        <translation>Matrices de confusion</translation>
    </message>
    <message>
        <source>Subgroup table</source>
        <translation>Tableau des sous-groupes</translation>
    </message>
    <message>
        <source>ROC curves</source>
        <translation>Courbes ROC</translation>
    </message>
    <message>
        <source>Calibration</source>
        <translation>Calibration</translation>
    </message>
    <message>
        <source>Subgroup differences</source>
        <translation>Différences entre sous-groupes</translation>
    </message>
    <message>
        <source>Sensitivity</source>
        <translation>Sensibilité</translation>
    </message>
    <message>
        <source>Specificity</source>
        <translation>Spécificité</translation>
    </message>
    <message>
        <source>Accuracy</source>
        <translation>Exactitude</translation>
    </message>
    <message>
        <source>AUC</source>
        <translation>AUC</translation>
    </message>
    <message>
        <source>&amp;Dataset:</source>
        <translation>&amp;Jeu de données :</translation>
    </message>
    <message>
        <source>Sub&amp;group:</source>
        <translation>Sous-&amp;groupe :</translation>
    </message>
    <message>
        <source>&amp;Metric:</source>
        <translation>&amp;Métrique :</translation>
    </message>
    <message>
        <source>Both versions and the paired differences</source>
        <translation>Les deux versions et les différences appariées</translation>
    </message>
    <message>
        <source>By subgroup (the metric chosen above)</source>
        <translation>Par sous-groupe (la métrique choisie ci-dessus)</translation>
    </message>
    <message>
        <source>Confusion matrices at each version&apos;s threshold</source>
        <translation>Matrices de confusion au seuil de chaque version</translation>
    </message>
    <message>
        <source>Baseline v%1 (in production)</source>
        <translation>Référence v%1 (en production)</translation>
    </message>
    <message>
        <source>Originally cleared v%1</source>
        <translation>Autorisée à l’origine v%1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&lt;b&gt;PCCP&lt;/b&gt;: %1</source>
        <translation>&lt;b&gt;PCCP&lt;/b&gt; : %1</translation>
    </message>
    <message>
        <source>Not evaluated yet. The evidence is computed by Countersign from the stored predictions once the plan is locked.</source>
        <translation>Pas encore évaluée. Countersign calcule les preuves à partir des prédictions enregistrées une fois le plan verrouillé.</translation>
    </message>
    <message>
        <source>Candidate v%1</source>
        <translation>Candidate v%1</translation>
    </message>
    <message>
        <source>First release: the candidate alone, no paired differences.</source>
        <translation>Première mise en production : la candidate seule, sans différences appariées.</translation>
    </message>
    <message>
        <source>Frozen evidence (SHA-256 %1): n = %2, %3 positives; %4 at threshold %5 against %6 at %7. The forest plot draws subgroups with fewer positives than the plan&apos;s minimum hollow and grey (no verdict).</source>
        <translation>Preuves gelées (SHA-256 %1) : n = %2, %3 positifs ; %4 au seuil %5 contre %6 à %7. Le forest plot dessine en creux et en gris les sous-groupes ayant moins de positifs que le minimum du plan (pas de verdict).</translation>
    </message>
</context>
<context>
    <name>cs::ui::VerificationBanner</name>
    <message>
        <source>&amp;Verify</source>
        <translation>&amp;Vérifier</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Recompute every event&apos;s hash, the chain and the signed checkpoints (F5)</source>
        <translation>Recalculer le hachage de chaque événement, la chaîne et les points de contrôle signés (F5)</translation>
    </message>
    <message>
        <source>Not verified in this session. Verification recomputes every event&apos;s hash and the hash chain, and checks them against the signed checkpoints.</source>
        <translation>Non vérifiée dans cette session. La vérification recalcule le hachage de chaque événement et la chaîne de hachage, et les confronte aux points de contrôle signés.</translation>
    </message>
    <message>
        <source>Verifying… %1 of %2 events</source>
        <translation>Vérification… %1 événements sur %2</translation>
    </message>
    <message>
        <source>Show event %1</source>
        <translation>Afficher l’événement %1</translation>
    </message>
    <message>
        <source>event %1: </source>
        <translation>événement %1 : </translation>
    </message>
    <message>
        <source>… and %1 more (countersign-cli verify lists them all)</source>
        <translation>… et %1 de plus (countersign-cli verify les liste tous)</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Remarque : %1</translation>
    </message>
    <message>
        <source>Verification could not run: %1</source>
        <translation>La vérification n’a pas pu être lancée : %1</translation>
    </message>
</context>
<context>
    <name>cs::ui::VerifyPackageDialog</name>
    <message>
        <source>Verify a Package</source>
        <translation>Vérifier un dossier</translation>
    </message>
    <message>
        <source>&amp;Previous Page</source>
        <translation>Page &amp;précédente</translation>
    </message>
    <message>
        <source>&amp;Next Page</source>
        <translation>Page &amp;suivante</translation>
    </message>
    <message>
        <source>Page Up in the page view</source>
        <translation>Page préc. dans la vue de page</translation>
    </message>
    <message>
        <source>Page Down in the page view</source>
        <translation>Page suiv. dans la vue de page</translation>
    </message>
    <message>
        <source>Pa&amp;ge:</source>
        <translation>Pa&amp;ge :</translation>
    </message>
    <message>
        <source>Choose &amp;File…</source>
        <translation>Choisir un &amp;fichier…</translation>
    </message>
    <message>
        <source>&amp;Package:</source>
        <translation>&amp;Dossier :</translation>
    </message>
    <message>
        <source>&amp;Trust a CA File…</source>
        <translation>Faire confiance à un fichier d’&amp;AC…</translation>
    </message>
    <message>
        <source>Trusted CAs:</source>
        <translation>AC de confiance :</translation>
    </message>
    <message>
        <source>&lt;b&gt;Cannot read %1:&lt;/b&gt; %2</source>
        <translation>&lt;b&gt;Impossible de lire %1 :&lt;/b&gt; %2</translation>
    </message>
    <message>
        <source>of %1</source>
        <translation>sur %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;The CA file cannot be used:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Le fichier d’AC ne peut pas être utilisé :&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Trust a CA Certificate</source>
        <translation>Faire confiance à un certificat d’AC</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer *.der)</source>
        <translation>Certificats (*.pem *.crt *.cer *.der)</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Choose a signed package or audit report to verify.</source>
        <translation>Choisissez un dossier signé ou un rapport d’audit à vérifier.</translation>
    </message>
    <message>
        <source>VALID: every check passed.</source>
        <translation>VALIDE : toutes les vérifications ont réussi.</translation>
    </message>
    <message>
        <source>NOT VALID: %1</source>
        <translation>NON VALIDE : %1</translation>
    </message>
    <message>
        <source>the trust store of %1</source>
        <translation>le magasin de confiance de %1</translation>
    </message>
    <message>
        <source>none yet: open the workspace the package comes from, or trust a CA file</source>
        <translation>aucune pour l’instant : ouvrez l’espace de travail dont provient le dossier, ou faites confiance à un fichier d’AC</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>What was found</source>
        <translation>Ce qui a été trouvé</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Réussie</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>ÉCHEC</translation>
    </message>
    <message>
        <source>The signature names %1 (%2), signing on %3.
Reason: %4
Certificate SHA-256: %5</source>
        <translation>La signature nomme %1 (%2), signé le %3.
Raison : %4
SHA-256 du certificat : %5</translation>
    </message>
    <message>
        <source>Poppler, an independent PDF reader, finds no signature in this file.</source>
        <translation>Poppler, un lecteur PDF indépendant, ne trouve aucune signature dans ce fichier.</translation>
    </message>
    <message>
        <source>Poppler, an independent PDF reader, says: %1; %2.</source>
        <translation>Poppler, un lecteur PDF indépendant, indique : %1 ; %2.</translation>
    </message>
    <message>
        <source>it covers the whole document</source>
        <translation>elle couvre tout le document</translation>
    </message>
    <message>
        <source>it does NOT cover the whole document</source>
        <translation>elle ne couvre PAS tout le document</translation>
    </message>
    <message>
        <source>Package file</source>
        <translation>Fichier du dossier</translation>
    </message>
    <message>
        <source>Checks and their findings</source>
        <translation>Vérifications et leurs constats</translation>
    </message>
    <message>
        <source>Page view</source>
        <translation>Vue de page</translation>
    </message>
</context>
<context>
    <name>cs::ui::VersionDiffDialog</name>
    <message>
        <source>Compare versions of %1</source>
        <translation>Comparer des versions de %1</translation>
    </message>
    <message>
        <source>Version %1 (%2)</source>
        <translation>Version %1 (%2)</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;De :</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;À :</translation>
    </message>
</context>
<context>
    <name>cs::ui::VersionDiffView</name>
    <message>
        <source>Section</source>
        <translation>Section</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clé</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Modification</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Après</translation>
    </message>
    <message>
        <source>Differences</source>
        <translation>Différences</translation>
    </message>
    <message>
        <source>Line diff of the selected configuration file</source>
        <translation>Diff ligne à ligne du fichier de configuration sélectionné</translation>
    </message>
    <message>
        <source>Select a configuration file to see its line diff.</source>
        <translation>Sélectionnez un fichier de configuration pour voir son diff ligne à ligne.</translation>
    </message>
    <message>
        <source>Versions %1 and %2 have the same evidence.</source>
        <translation>Les versions %1 et %2 ont les mêmes preuves.</translation>
    </message>
    <message numerus="yes">
        <source>%n difference(s) from version %1 to version %2.</source>
        <translation>
            <numerusform>%n différence de la version %1 à la version %2.</numerusform>
            <numerusform>%n différences de la version %1 à la version %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>added</source>
        <translation>ajouté</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>supprimé</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>modifié</translation>
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
        <translation>Revoyez, approuvez et signez chaque modification d’un modèle d’apprentissage automatique clinique, et prouvez des années plus tard que rien dans son historique n’a été altéré.</translation>
    </message>
    <message>
        <source>&amp;New workspace…</source>
        <translation>&amp;Nouvel espace de travail…</translation>
    </message>
    <message>
        <source>&amp;Open workspace…</source>
        <translation>&amp;Ouvrir un espace de travail…</translation>
    </message>
    <message>
        <source>Open the &amp;demo workspace</source>
        <translation>Ouvrir l’espace de &amp;démonstration</translation>
    </message>
    <message>
        <source>&amp;Recent workspaces</source>
        <translation>Espaces de travail &amp;récents</translation>
    </message>
    <message>
        <source>No recent workspaces</source>
        <translation>Aucun espace de travail récent</translation>
    </message>
    <message>
        <source>Recent workspaces</source>
        <translation>Espaces de travail récents</translation>
    </message>
</context>
<context>
    <name>cs::ui::WorkspaceController</name>
    <message>
        <source>nobody signed in to %1</source>
        <translation>personne n’est connecté à %1</translation>
    </message>
    <message>
        <source>no workspace is open</source>
        <translation>aucun espace de travail n’est ouvert</translation>
    </message>
</context>
</TS>
