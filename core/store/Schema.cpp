#include "Schema.h"

#include "store/ChunkWriters.h"
#include "store/PostgresDialect.h"
#include "store/RecordSeals.h"

#include <QSet>

namespace cs::Schema {

namespace {
const QStringList kVersion1AppendOnly = {QStringLiteral("schema_version"), QStringLiteral("workspace_meta"),
                                         QStringLiteral("audit_event"), QStringLiteral("audit_checkpoint"),
                                         QStringLiteral("audit_review")};
const QStringList kVersion2AppendOnly = {QStringLiteral("user_certificate"), QStringLiteral("trust_anchor"),
                                         QStringLiteral("trust_crl"), QStringLiteral("signature")};
const QStringList kVersion3AppendOnly = {QStringLiteral("model_metric"), QStringLiteral("lifecycle_transition")};
const QStringList kVersion4AppendOnly = {QStringLiteral("version_attachment")};
const QStringList kVersion5AppendOnly = {QStringLiteral("dataset"),          QStringLiteral("dataset_file"),
                                         QStringLiteral("dataset_sample"),   QStringLiteral("prediction_set"),
                                         QStringLiteral("prediction_chunk"), QStringLiteral("dataset_attachment")};
const QStringList kVersion6AppendOnly = {QStringLiteral("dataset_label_chunk")};
const QStringList kVersion7AppendOnly = {QStringLiteral("record_seal")};
const QStringList kVersion8AppendOnly = {QStringLiteral("change_request"), QStringLiteral("change_request_move")};
const QStringList kVersion9AppendOnly = {QStringLiteral("change_request_evidence")};
const QStringList kVersion10AppendOnly = {QStringLiteral("pccp")};
const QStringList kVersion11AppendOnly = {QStringLiteral("dataset_feature"), QStringLiteral("feature_chunk"),
                                          QStringLiteral("drift_run"), QStringLiteral("drift_alert"),
                                          QStringLiteral("drift_alert_decision")};
const QStringList kVersion12AppendOnly = {QStringLiteral("dataset_group_chunk")};
const QStringList kNeverDeleted = {QStringLiteral("user_account"), QStringLiteral("model"),
                                   QStringLiteral("model_version"), QStringLiteral("change_request_revision")};

QStringList version1()
{
    QStringList sql = {
        QStringLiteral("CREATE TABLE schema_version (version INTEGER PRIMARY KEY, applied_at_ms INTEGER NOT NULL, "
                       "description TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE workspace_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE audit_event ("
                       "seq INTEGER PRIMARY KEY CHECK (seq > 0), "
                       "at_ms INTEGER NOT NULL, "
                       "actor TEXT NOT NULL, "
                       "action TEXT NOT NULL, "
                       "change_kind TEXT NOT NULL, "
                       "entity_type TEXT NOT NULL, "
                       "entity_id TEXT NOT NULL, "
                       "before_json TEXT, "
                       "after_json TEXT, "
                       "reason TEXT, "
                       "session_id TEXT NOT NULL, "
                       "leaf_hash BLOB NOT NULL, "
                       "chain_hash BLOB NOT NULL)"),
        QStringLiteral("CREATE INDEX audit_event_by_actor ON audit_event (actor)"),
        QStringLiteral("CREATE INDEX audit_event_by_action ON audit_event (action)"),
        QStringLiteral("CREATE INDEX audit_event_by_time ON audit_event (at_ms)"),
        QStringLiteral("CREATE TABLE audit_checkpoint (id INTEGER PRIMARY KEY, tree_size INTEGER NOT NULL, "
                       "root_hash BLOB NOT NULL, chain_head BLOB NOT NULL, signed_at_ms INTEGER NOT NULL, "
                       "note TEXT NOT NULL, created_by TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE audit_review (id INTEGER PRIMARY KEY, from_seq INTEGER NOT NULL, "
                       "to_seq INTEGER NOT NULL, chain_head BLOB NOT NULL, finding TEXT NOT NULL, "
                       "reviewer TEXT NOT NULL, reviewed_at_ms INTEGER NOT NULL, "
                       "CHECK (from_seq >= 1 AND to_seq >= from_seq))"),
        QStringLiteral("CREATE TABLE setting (key TEXT PRIMARY KEY, value_json TEXT NOT NULL, "
                       "changed_at_ms INTEGER NOT NULL, changed_by TEXT NOT NULL)"),
    };
    for (const QString& table : kVersion1AppendOnly) {
        sql += Database::appendOnlyTriggers(table);
    }
    return sql;
}

/// People, their certificates, the trust store and electronic signatures (issue #3).
QStringList version2()
{
    QStringList sql = {
        // Accounts are never deleted, so a username is never reused (21 CFR 11.300(a)); they are disabled instead.
        QStringLiteral("CREATE TABLE user_account ("
                       "username TEXT PRIMARY KEY, "
                       "full_name TEXT NOT NULL, "
                       "email TEXT NOT NULL, "
                       "roles TEXT NOT NULL, "
                       "status TEXT NOT NULL CHECK (status IN ('active', 'locked', 'disabled')), "
                       "password_hash TEXT NOT NULL, "
                       "password_changed_at_ms INTEGER NOT NULL, "
                       "must_change_password INTEGER NOT NULL CHECK (must_change_password IN (0, 1)), "
                       "failed_attempts INTEGER NOT NULL CHECK (failed_attempts >= 0), "
                       "created_at_ms INTEGER NOT NULL, "
                       "created_by TEXT NOT NULL)"),
        // Enrolled signing certificates: the certificate only, never a private key.
        QStringLiteral("CREATE TABLE user_certificate ("
                       "id INTEGER PRIMARY KEY, "
                       "username TEXT NOT NULL REFERENCES user_account (username), "
                       "fingerprint TEXT NOT NULL UNIQUE, "
                       "der BLOB NOT NULL, "
                       "subject TEXT NOT NULL, "
                       "issuer TEXT NOT NULL, "
                       "serial TEXT NOT NULL, "
                       "not_before_ms INTEGER NOT NULL, "
                       "not_after_ms INTEGER NOT NULL, "
                       "enrolled_at_ms INTEGER NOT NULL)"),
        QStringLiteral("CREATE INDEX user_certificate_by_user ON user_certificate (username)"),
        QStringLiteral("CREATE TABLE trust_anchor ("
                       "id INTEGER PRIMARY KEY, "
                       "fingerprint TEXT NOT NULL UNIQUE, "
                       "der BLOB NOT NULL, "
                       "subject TEXT NOT NULL, "
                       "not_before_ms INTEGER NOT NULL, "
                       "not_after_ms INTEGER NOT NULL, "
                       "added_at_ms INTEGER NOT NULL, "
                       "added_by TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE trust_crl ("
                       "id INTEGER PRIMARY KEY, "
                       "issuer_fingerprint TEXT NOT NULL REFERENCES trust_anchor (fingerprint), "
                       "der BLOB NOT NULL, "
                       "this_update_ms INTEGER NOT NULL, "
                       "next_update_ms INTEGER NOT NULL, "
                       "revoked_count INTEGER NOT NULL, "
                       "added_at_ms INTEGER NOT NULL, "
                       "added_by TEXT NOT NULL)"),
        QStringLiteral("CREATE INDEX trust_crl_by_issuer ON trust_crl (issuer_fingerprint)"),
        QStringLiteral("CREATE TABLE signature ("
                       "id INTEGER PRIMARY KEY, "
                       "record_type TEXT NOT NULL, "
                       "record_id TEXT NOT NULL, "
                       "meaning TEXT NOT NULL, "
                       "signer TEXT NOT NULL REFERENCES user_account (username), "
                       "signed_at_ms INTEGER NOT NULL, "
                       "manifest BLOB NOT NULL, "
                       "cms BLOB NOT NULL, "
                       "certificate BLOB NOT NULL)"),
        QStringLiteral("CREATE INDEX signature_by_record ON signature (record_type, record_id)"),
    };
    for (const QString& table : kVersion2AppendOnly) {
        sql += Database::appendOnlyTriggers(table);
    }
    sql += Database::noDeleteTrigger(QStringLiteral("user_account"));
    return sql;
}

/// The model registry (issue #4): models, versions with frozen evidence, metric histories, lifecycle moves.
QStringList version3()
{
    QStringList sql = {
        QStringLiteral("CREATE TABLE model ("
                       "name TEXT PRIMARY KEY, "
                       "intended_use TEXT NOT NULL, "
                       "device_class TEXT NOT NULL, "
                       "risk_class TEXT NOT NULL, "
                       "owner TEXT NOT NULL, "
                       "created_at_ms INTEGER NOT NULL, "
                       "created_by TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE model_version ("
                       "id INTEGER PRIMARY KEY, "
                       "model_name TEXT NOT NULL REFERENCES model (name), "
                       "label TEXT NOT NULL, "
                       "source_uri TEXT NOT NULL, "
                       "code_commit TEXT NOT NULL, "
                       "parent_label TEXT, "
                       "evidence_json TEXT NOT NULL, "
                       "evidence_sha256 TEXT NOT NULL, "
                       "state TEXT NOT NULL, "
                       "imported_at_ms INTEGER NOT NULL, "
                       "imported_by TEXT NOT NULL, "
                       "UNIQUE (model_name, label))"),
        // Imported evidence is frozen: of a version only the lifecycle state may ever change.
        QStringLiteral("CREATE TRIGGER model_version_evidence_frozen BEFORE UPDATE OF model_name, label, source_uri, "
                       "code_commit, parent_label, evidence_json, evidence_sha256, imported_at_ms, imported_by ON "
                       "model_version BEGIN SELECT RAISE(ABORT, 'the evidence of a model version is frozen'); END"),
        QStringLiteral("CREATE TABLE model_metric ("
                       "version_id INTEGER NOT NULL REFERENCES model_version (id), "
                       "key TEXT NOT NULL, "
                       "seq INTEGER NOT NULL, "
                       "step INTEGER NOT NULL, "
                       "timestamp_ms INTEGER NOT NULL, "
                       "value REAL, "
                       "special TEXT CHECK (special IN ('nan', 'inf', '-inf')), "
                       "PRIMARY KEY (version_id, key, seq))"),
        QStringLiteral("CREATE TABLE lifecycle_transition ("
                       "id INTEGER PRIMARY KEY, "
                       "version_id INTEGER NOT NULL REFERENCES model_version (id), "
                       "from_state TEXT NOT NULL, "
                       "to_state TEXT NOT NULL, "
                       "reason TEXT NOT NULL, "
                       "at_ms INTEGER NOT NULL, "
                       "by_user TEXT NOT NULL)"),
    };
    for (const QString& table : kVersion3AppendOnly) {
        sql += Database::appendOnlyTriggers(table);
    }
    sql += Database::noDeleteTrigger(QStringLiteral("model"));
    sql += Database::noDeleteTrigger(QStringLiteral("model_version"));
    return sql;
}

/// Evidence attached to a version after import (issue #4): data lineage from dvc.lock, data contracts.
QStringList version4()
{
    QStringList sql = {
        QStringLiteral("CREATE TABLE version_attachment ("
                       "id INTEGER PRIMARY KEY, "
                       "version_id INTEGER NOT NULL REFERENCES model_version (id), "
                       "kind TEXT NOT NULL, "
                       "source TEXT NOT NULL, "
                       "content_json TEXT NOT NULL, "
                       "sha256 TEXT NOT NULL, "
                       "attached_at_ms INTEGER NOT NULL, "
                       "attached_by TEXT NOT NULL, "
                       "UNIQUE (version_id, kind, sha256))"),
    };
    for (const QString& table : kVersion4AppendOnly) {
        sql += Database::appendOnlyTriggers(table);
    }
    return sql;
}

/// Datasets and per-sample predictions (issue #4). All append-only: a locked validation set, once imported, and the
/// scores each version gave it are evidence. Scores are stored per sample in row order, packed in chunks
/// (docs/registry.md), so a ten-million-row file imports at the speed of a plain table.
QStringList version5()
{
    QStringList sql = {
        QStringLiteral("CREATE TABLE dataset ("
                       "id INTEGER PRIMARY KEY, "
                       "name TEXT NOT NULL UNIQUE, "
                       "role TEXT NOT NULL CHECK (role IN ('validation', 'challenge', 'drift-reference', "
                       "'production-window')), "
                       "locked INTEGER NOT NULL CHECK (locked IN (0, 1)), "
                       "label_domain_json TEXT NOT NULL, "
                       "group_columns_json TEXT NOT NULL, "
                       "created_at_ms INTEGER NOT NULL, "
                       "created_by TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE dataset_file ("
                       "id INTEGER PRIMARY KEY, "
                       "dataset_id INTEGER NOT NULL REFERENCES dataset (id), "
                       "file_name TEXT NOT NULL, "
                       "sha256 TEXT NOT NULL, "
                       "size_bytes INTEGER NOT NULL, "
                       "row_count INTEGER NOT NULL, "
                       "columns_json TEXT NOT NULL, "
                       "samples_added INTEGER NOT NULL, "
                       "samples_sha256 TEXT NOT NULL, "
                       "imported_at_ms INTEGER NOT NULL, "
                       "imported_by TEXT NOT NULL)"),
        // One row per sample, keyed by its ID (which makes IDs unique per dataset); row_no is the order samples were
        // added in, the index into the score chunks.
        QStringLiteral("CREATE TABLE dataset_sample ("
                       "dataset_id INTEGER NOT NULL, "
                       "sample_id TEXT NOT NULL, "
                       "row_no INTEGER NOT NULL, "
                       "label TEXT, "
                       "groups_json TEXT NOT NULL, "
                       "file_id INTEGER NOT NULL, "
                       "PRIMARY KEY (dataset_id, sample_id)) WITHOUT ROWID"),
        QStringLiteral("CREATE TABLE prediction_set ("
                       "id INTEGER PRIMARY KEY, "
                       "version_id INTEGER NOT NULL REFERENCES model_version (id), "
                       "dataset_id INTEGER NOT NULL REFERENCES dataset (id), "
                       "file_id INTEGER NOT NULL REFERENCES dataset_file (id), "
                       "score_column TEXT NOT NULL, "
                       "sample_count INTEGER NOT NULL, "
                       "content_sha256 TEXT NOT NULL, "
                       "imported_at_ms INTEGER NOT NULL, "
                       "imported_by TEXT NOT NULL, "
                       "UNIQUE (version_id, dataset_id))"),
        // Scores of samples first_row .. first_row + n - 1 as n little-endian IEEE 754 doubles; NaN: no score.
        QStringLiteral("CREATE TABLE prediction_chunk ("
                       "set_id INTEGER NOT NULL REFERENCES prediction_set (id) DEFERRABLE INITIALLY DEFERRED, "
                       "first_row INTEGER NOT NULL, "
                       "scores BLOB NOT NULL, "
                       "PRIMARY KEY (set_id, first_row))"),
        QStringLiteral("CREATE TABLE dataset_attachment ("
                       "id INTEGER PRIMARY KEY, "
                       "dataset_id INTEGER NOT NULL REFERENCES dataset (id), "
                       "kind TEXT NOT NULL, "
                       "source TEXT NOT NULL, "
                       "content_json TEXT NOT NULL, "
                       "sha256 TEXT NOT NULL, "
                       "attached_at_ms INTEGER NOT NULL, "
                       "attached_by TEXT NOT NULL, "
                       "UNIQUE (dataset_id, kind, sha256))"),
    };
    for (const QString& table : kVersion5AppendOnly) {
        sql += Database::appendOnlyTriggers(table);
    }
    return sql;
}

/// Each sample's label as one byte a row, in row order beside the scores (LabelCodes), so that the statistics read
/// a dataset's classes as fast as its scores instead of scanning its samples. Derived from dataset_sample: `verify`
/// checks that both agree.
QStringList version6()
{
    QStringList sql = {
        // The labels of samples first_row .. first_row + n - 1, one byte each.
        QStringLiteral("CREATE TABLE dataset_label_chunk ("
                       "dataset_id INTEGER NOT NULL REFERENCES dataset (id), "
                       "first_row INTEGER NOT NULL, "
                       "codes BLOB NOT NULL, "
                       "PRIMARY KEY (dataset_id, first_row))"),
    };
    for (const QString& table : kVersion6AppendOnly) {
        sql += Database::appendOnlyTriggers(table);
    }
    return sql;
}
/// Sealed records (store/RecordSeals.h): the digest of every record a command writes, listed by the event that
/// recorded the write. The seals of an event are part of its canonical bytes, so they are hash-chained with it.
QStringList version7()
{
    QStringList sql = {
        QStringLiteral("CREATE TABLE record_seal ("
                       "seq INTEGER NOT NULL REFERENCES audit_event (seq), "
                       "ord INTEGER NOT NULL CHECK (ord >= 0), "
                       "kind TEXT NOT NULL, "
                       "key NOT NULL, " // as stored in the record's table: an integer or a text
                       "sha256 BLOB CHECK (sha256 IS NULL OR length(sha256) = 32), " // NULL: the record is gone
                       "PRIMARY KEY (seq, ord)) WITHOUT ROWID"), // read in this order: no second copy
        QStringLiteral("CREATE INDEX record_seal_by_record ON record_seal (kind, key, seq, sha256)"),
        // Each record's latest seal, kept beside the history so that a decision finds it in one lookup whatever
        // the length of the trail. Derived from record_seal: verify compares the two, and a decision also checks
        // that the event it names lists the same seal.
        QStringLiteral("CREATE TABLE record_head ("
                       "kind TEXT NOT NULL, "
                       "key NOT NULL, "
                       "seq INTEGER NOT NULL, "
                       "sha256 BLOB, "
                       "PRIMARY KEY (kind, key)) WITHOUT ROWID"),
    };
    for (const QString& table : kVersion7AppendOnly) {
        sql += Database::appendOnlyTriggers(table);
    }
    return sql;
}

/// Change requests (issue #14, docs/change-requests.md). A request and its moves are never changed or deleted; a
/// revision's content may change only while it is a draft: once submitted (locked) its plan and text are fixed,
/// and a trigger refuses any change, so the acceptance criteria stay those fixed before the evidence was computed.
QStringList version8()
{
    QStringList sql = {
        QStringLiteral("CREATE TABLE change_request ("
                       "id TEXT PRIMARY KEY, " // CR-2026-0001
                       "model_name TEXT NOT NULL REFERENCES model (name), "
                       "author TEXT NOT NULL, "
                       "created_at_ms INTEGER NOT NULL)"),
        QStringLiteral("CREATE TABLE change_request_revision ("
                       "id INTEGER PRIMARY KEY, "
                       "request_id TEXT NOT NULL REFERENCES change_request (id), "
                       "revision INTEGER NOT NULL CHECK (revision >= 1), "
                       "content_json TEXT NOT NULL, "
                       "content_sha256 TEXT NOT NULL, "
                       "plan_sha256 TEXT NOT NULL, "
                       "locked INTEGER NOT NULL DEFAULT 0 CHECK (locked IN (0, 1)), "
                       "edited_at_ms INTEGER NOT NULL, "
                       "edited_by TEXT NOT NULL, "
                       "UNIQUE (request_id, revision))"),
        QStringLiteral("CREATE TRIGGER change_request_revision_locked BEFORE UPDATE ON change_request_revision "
                       "WHEN OLD.locked = 1 BEGIN SELECT RAISE(ABORT, 'a submitted change request cannot change; "
                       "return it to its author for a new revision'); END"),
        QStringLiteral("CREATE TRIGGER change_request_revision_keys BEFORE UPDATE OF id, request_id, revision ON "
                       "change_request_revision BEGIN SELECT RAISE(ABORT, 'a revision keeps its request and "
                       "number'); END"),
        QStringLiteral("CREATE TABLE change_request_move ("
                       "id INTEGER PRIMARY KEY, "
                       "request_id TEXT NOT NULL REFERENCES change_request (id), "
                       "revision INTEGER NOT NULL, "
                       "from_state TEXT NOT NULL, "
                       "to_state TEXT NOT NULL, "
                       "action TEXT NOT NULL, "
                       "reason TEXT NOT NULL, "
                       "signature_id INTEGER REFERENCES signature (id), "
                       "actor TEXT NOT NULL, "
                       "at_ms INTEGER NOT NULL)"),
        QStringLiteral("CREATE INDEX change_request_move_by_request ON change_request_move (request_id, id)"),
    };
    for (const QString& table : kVersion8AppendOnly) {
        sql += Database::appendOnlyTriggers(table);
    }
    sql += Database::noDeleteTrigger(QStringLiteral("change_request_revision"));
    return sql;
}

/// A change request's validation evidence (issue #14): computed by core from the stored predictions once the plan
/// is locked, frozen as canonical JSON with its SHA-256, one per revision. Append-only.
QStringList version9()
{
    QStringList sql = {
        QStringLiteral("CREATE TABLE change_request_evidence ("
                       "id INTEGER PRIMARY KEY, "
                       "request_id TEXT NOT NULL REFERENCES change_request (id), "
                       "revision INTEGER NOT NULL, "
                       "evidence_json TEXT NOT NULL, "
                       "evidence_sha256 TEXT NOT NULL, "
                       "computed_at_ms INTEGER NOT NULL, "
                       "computed_by TEXT NOT NULL, "
                       "UNIQUE (request_id, revision))"),
    };
    for (const QString& table : kVersion9AppendOnly) {
        sql += Database::appendOnlyTriggers(table);
    }
    return sql;
}

/// Predetermined Change Control Plans (issue #16, docs/pccp.md): every version of a model's PCCP, its content as
/// canonical JSON with its SHA-256. A new version supersedes the one before, which stays as it was. Append-only.
QStringList version10()
{
    QStringList sql = {
        QStringLiteral("CREATE TABLE pccp ("
                       "id INTEGER PRIMARY KEY, "
                       "model_name TEXT NOT NULL REFERENCES model (name), "
                       "version INTEGER NOT NULL CHECK (version >= 1), "
                       "content_json TEXT NOT NULL, "
                       "content_sha256 TEXT NOT NULL, "
                       "source TEXT NOT NULL, "
                       "author TEXT NOT NULL, "
                       "created_at_ms INTEGER NOT NULL, "
                       "UNIQUE (model_name, version))"),
    };
    for (const QString& table : kVersion10AppendOnly) {
        sql += Database::appendOnlyTriggers(table);
    }
    return sql;
}

/// Drift monitoring (issue #16): the feature columns of a dataset, packed in row order beside the scores; drift runs
/// of a production window against a reference, frozen as evidence; the alerts they raise and every decision on them.
QStringList version11()
{
    QStringList sql = {
        QStringLiteral("CREATE TABLE dataset_feature ("
                       "id INTEGER PRIMARY KEY, "
                       "dataset_id INTEGER NOT NULL REFERENCES dataset (id), "
                       "file_id INTEGER NOT NULL REFERENCES dataset_file (id) DEFERRABLE INITIALLY DEFERRED, "
                       "ord INTEGER NOT NULL CHECK (ord >= 0), "
                       "name TEXT NOT NULL, "
                       "kind TEXT NOT NULL CHECK (kind IN ('numeric', 'categorical')), "
                       "categories_json TEXT NOT NULL, "
                       "missing INTEGER NOT NULL, "
                       "content_sha256 TEXT NOT NULL, "
                       "UNIQUE (dataset_id, name), UNIQUE (dataset_id, ord))"),
        // Values of rows first_row .. first_row + n - 1 as n little-endian IEEE 754 doubles; NaN: missing.
        QStringLiteral("CREATE TABLE feature_chunk ("
                       "feature_id INTEGER NOT NULL REFERENCES dataset_feature (id) DEFERRABLE INITIALLY DEFERRED, "
                       "first_row INTEGER NOT NULL, "
                       "vals BLOB NOT NULL, "
                       "PRIMARY KEY (feature_id, first_row))"),
        QStringLiteral("CREATE TABLE drift_run ("
                       "id INTEGER PRIMARY KEY, "
                       "model_name TEXT NOT NULL REFERENCES model (name), "
                       "version_label TEXT NOT NULL, "
                       "window_id INTEGER NOT NULL REFERENCES dataset (id), "
                       "reference_id INTEGER NOT NULL REFERENCES dataset (id), "
                       "content_json TEXT NOT NULL, "
                       "content_sha256 TEXT NOT NULL, "
                       "created_at_ms INTEGER NOT NULL, "
                       "created_by TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE drift_alert ("
                       "id INTEGER PRIMARY KEY, "
                       "run_id INTEGER NOT NULL UNIQUE REFERENCES drift_run (id), "
                       "reasons_json TEXT NOT NULL, "
                       "raised_at_ms INTEGER NOT NULL)"),
        QStringLiteral("CREATE TABLE drift_alert_decision ("
                       "id INTEGER PRIMARY KEY, "
                       "alert_id INTEGER NOT NULL REFERENCES drift_alert (id), "
                       "action TEXT NOT NULL CHECK (action IN ('acknowledged', 'change-request')), "
                       "reason TEXT NOT NULL, "
                       "change_request_id TEXT REFERENCES change_request (id), "
                       "at_ms INTEGER NOT NULL, "
                       "by_user TEXT NOT NULL)"),
    };
    for (const QString& table : kVersion11AppendOnly) {
        sql += Database::appendOnlyTriggers(table);
    }
    return sql;
}

/// Each sample's subgroup values packed in row order beside its label (GroupCodes), so that the statistics read a
/// dataset's subgroups as fast as its labels instead of scanning its samples. Derived from dataset_sample: `verify`
/// checks that both agree.
QStringList version12()
{
    QStringList sql = {
        // The groups of samples first_row .. first_row + n - 1: the distinct groups_json texts of those samples, one
        // a line, and two bytes a row, the index of the row's text among them.
        QStringLiteral("CREATE TABLE dataset_group_chunk ("
                       "dataset_id INTEGER NOT NULL REFERENCES dataset (id), "
                       "first_row INTEGER NOT NULL, "
                       "texts TEXT NOT NULL, "
                       "codes BLOB NOT NULL, "
                       "PRIMARY KEY (dataset_id, first_row))"),
    };
    for (const QString& table : kVersion12AppendOnly) {
        sql += Database::appendOnlyTriggers(table);
    }
    return sql;
}

/// Records written before schema 7 are sealed as they stand at the upgrade, by the upgrade's own event.
Status sealEverything(Database& db, const WriteAccess&)
{
    return RecordSeals::touchAll(db);
}
} // namespace

const QList<Migration>& migrations()
{
    static const QList<Migration> all = {
        {1, QStringLiteral("workspace metadata, audit trail, checkpoints, reviews, settings"), version1, {}},
        {2, QStringLiteral("user accounts, certificates, trust store, electronic signatures"), version2, {}},
        {3, QStringLiteral("model registry: models, versions with frozen evidence, metrics, lifecycle"), version3, {}},
        {4, QStringLiteral("evidence attached to model versions (data lineage)"), version4, {}},
        {5, QStringLiteral("datasets, per-sample predictions, data contracts"), version5, {}},
        {6, QStringLiteral("each dataset's labels packed in row order beside the scores"), version6,
         LabelChunks::fillFromSamples},
        {7, QStringLiteral("sealed records: each record's digest in the audit event that wrote it"), version7,
         sealEverything},
        {8, QStringLiteral("change requests: revisions locked when submitted, and their moves"), version8, {}},
        {9, QStringLiteral("change requests' frozen validation evidence"), version9, {}},
        {10, QStringLiteral("Predetermined Change Control Plans, versioned per model"), version10, {}},
        {11,
         QStringLiteral("drift monitoring: dataset features, drift runs, alerts and their decisions"),
         version11,
         {}},
        {12, QStringLiteral("each dataset's subgroup values packed in row order beside its labels"), version12,
         GroupChunks::fillFromSamples},
    };
    return all;
}

int latestVersion()
{
    return migrations().last().version;
}

QStringList appendOnlyTables()
{
    return kVersion1AppendOnly + kVersion2AppendOnly + kVersion3AppendOnly + kVersion4AppendOnly + kVersion5AppendOnly +
        kVersion6AppendOnly + kVersion7AppendOnly + kVersion8AppendOnly + kVersion9AppendOnly + kVersion10AppendOnly +
        kVersion11AppendOnly + kVersion12AppendOnly;
}

QStringList bulkTables()
{
    return {QStringLiteral("dataset_sample"), QStringLiteral("prediction_chunk"), QStringLiteral("dataset_label_chunk"),
            QStringLiteral("dataset_group_chunk"), QStringLiteral("feature_chunk")};
}

QStringList neverDeletedTables()
{
    return kNeverDeleted;
}

Result<QStringList> missingAppendOnlyTriggers(Database& db)
{
    auto q =
        db.prepare(db.isServer() ? QStringLiteral("SELECT tgname FROM pg_catalog.pg_trigger WHERE NOT tgisinternal")
                                 : QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'trigger'"));
    if (!q) {
        return q.error();
    }
    if (auto r = db.exec(q.value(), QStringLiteral("listing triggers")); !r) {
        return r.error();
    }
    QSet<QString> present;
    while (q->next()) {
        present.insert(q->value(0).toString());
    }
    QStringList missing;
    QStringList expected;
    for (const QString& table : appendOnlyTables()) {
        expected += Database::appendOnlyTriggerNames(table);
    }
    for (const QString& table : neverDeletedTables()) {
        expected += Database::noDeleteTriggerName(table);
    }
    expected += QStringLiteral("model_version_evidence_frozen");
    expected += {QStringLiteral("change_request_revision_locked"), QStringLiteral("change_request_revision_keys")};
    if (db.isServer()) {
        // On a server the seals depend on triggers too (PostgresDialect::touchTrigger).
        for (const SealedKind& kind : RecordSeals::kinds()) {
            expected += PostgresDialect::touchTriggerName(kind.table);
        }
        for (const QString& table : appendOnlyTables() + neverDeletedTables()) {
            expected += (appendOnlyTables().contains(table) ? Database::appendOnlyTriggerNames(table).last()
                                                            : Database::noDeleteTriggerName(table)) +
                QStringLiteral("_truncate");
        }
    }
    for (const QString& name : expected) {
        if (!present.contains(name)) {
            missing.append(name);
        }
    }
    return missing;
}

} // namespace cs::Schema
