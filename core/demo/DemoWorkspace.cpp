#include "DemoWorkspace.h"

#include "commands/ChangeRequestCommands.h"
#include "commands/ChangeSettingCommand.h"
#include "commands/DriftCommands.h"
#include "commands/PccpCommands.h"
#include "commands/PredictionCommands.h"
#include "commands/RecordAuditReviewCommand.h"
#include "commands/RegistryCommands.h"
#include "commands/SignRecordCommand.h"
#include "commands/TrustCommands.h"
#include "commands/UserCommands.h"
#include "demo/DemoChangeRequests.h"
#include "demo/DemoMonitoring.h"
#include "demo/DemoSources.h"
#include "importers/DvcLock.h"
#include "importers/GitRepository.h"
#include "importers/GreatExpectations.h"
#include "pki/CertificateFactory.h"
#include "settings/WorkspaceSettings.h"
#include "util/AtomicFile.h"
#include "workspace/SigningCeremony.h"
#include "workspace/Workspace.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

namespace cs::DemoWorkspace {

namespace {
constexpr qint64 kMinute = 60 * 1000;
constexpr qint64 kDay = 24 * 60 * kMinute;

const QString kOrganisation = QStringLiteral("St. Elsewhere University Hospital");

SecretBytes secret(const QString& text)
{
    QByteArray bytes = text.toUtf8();
    return SecretBytes::take(bytes);
}

const DemoPerson& person(const QString& username)
{
    for (const DemoPerson& p : cast()) {
        if (p.username == username) {
            return p;
        }
    }
    return cast().first();
}

/// The demo CA and one PKCS#12 file per person with a certificate, generated through OpenSSL's API.
struct DemoPki
{
    Certificate ca;
    Crl crl;
};

Result<DemoPki> writePki(const QString& dir, qint64 validFrom, qint64 nowMs)
{
    if (!QDir().mkpath(dir)) {
        return Error(ErrorCode::Io, QStringLiteral("cannot create %1").arg(dir));
    }
    auto caKey = PrivateKey::generate(PrivateKey::Type::EcP384);
    if (!caKey) {
        return caKey.error();
    }
    CertificateFactory::Request caRequest;
    caRequest.commonName = QStringLiteral("St. Elsewhere Demo Signing CA");
    caRequest.organisation = kOrganisation;
    caRequest.notBeforeMs = validFrom;
    caRequest.notAfterMs = nowMs + 10 * 365 * kDay;
    caRequest.ca = true;
    caRequest.keyUsage = CertificateFactory::KeyCertSign | CertificateFactory::CrlSign;
    auto ca = CertificateFactory::issue(caRequest, caKey.value(), nullptr, caKey.value());
    if (!ca) {
        return ca.error();
    }
    if (auto r = AtomicFile::write(
            QDir(dir).filePath(QStringLiteral("ca.pem")), ca->pem(),
            QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther, true);
        !r) {
        return r.error();
    }
    quint64 serial = 100;
    for (const DemoPerson& p : cast()) {
        if (!p.hasCertificate) {
            continue;
        }
        auto key = PrivateKey::generate(PrivateKey::Type::EcP256);
        if (!key) {
            return key.error();
        }
        CertificateFactory::Request request;
        request.commonName = p.fullName;
        request.organisation = kOrganisation;
        request.email = p.email;
        request.notBeforeMs = validFrom;
        request.notAfterMs = nowMs + 2 * 365 * kDay;
        request.extendedKeyUsage = {QStringLiteral("emailProtection")};
        request.serial = ++serial;
        auto cert = CertificateFactory::issue(request, key.value(), &ca.value(), caKey.value());
        if (!cert) {
            return cert.error();
        }
        auto p12 =
            Pkcs12::create({cert.value(), key.value(), {ca.value()}, false}, secret(pkcs12Passphrase()), p.fullName);
        if (!p12) {
            return p12.error();
        }
        if (auto r = AtomicFile::write(QDir(dir).filePath(p.username + QStringLiteral(".p12")), p12.value(),
                                       QFileDevice::ReadOwner | QFileDevice::WriteOwner, true);
            !r) {
            return r.error();
        }
    }
    auto crl = CertificateFactory::crl(ca.value(), caKey.value(), validFrom, nowMs + 365 * kDay, {});
    if (!crl) {
        return crl.error();
    }
    return DemoPki {ca.value(), crl.value()};
}

class Story
{
public:
    Story(Workspace& ws, ManualClock& clock, QString credentials)
        : m_ws(ws)
        , m_clock(clock)
        , m_credentials(std::move(credentials))
    { }

    Status as(QString username, qint64 advanceMs) // a copy: signing out clears the session it may name
    {
        m_clock.advance(advanceMs);
        if (m_ws.session().actor == username && advanceMs < 9 * kMinute) {
            m_ws.touch();
            return {};
        }
        m_ws.signOut();
        auto user = m_ws.signIn(username, secret(person(username).password));
        return user ? Status() : user.error();
    }
    Status run(Command& command) { return m_ws.execute(command); }
    Status setting(const QString& key, const QJsonValue& value, const QString& reason)
    {
        ChangeSettingCommand command(key, value, reason);
        return run(command);
    }
    Status checkpoint()
    {
        auto written = m_ws.writeCheckpoint();
        return written ? Status() : written.error();
    }
    Result<qint64> review(const QString& finding)
    {
        RecordAuditReviewCommand command(finding);
        if (auto r = run(command); !r) {
            return r.error();
        }
        return command.review().id;
    }
    Status sign(qint64 reviewId, Meaning meaning, const QString& reason)
    {
        const DemoPerson& p = person(m_ws.session().actor);
        SignRequest request;
        request.recordType = QStringLiteral("audit-review");
        request.recordId = QString::number(reviewId);
        request.meaning = meaning;
        request.reason = reason;
        request.username = p.username;
        request.password = secret(p.password);
        request.pkcs12Path = QDir(m_credentials).filePath(p.username + QStringLiteral(".p12"));
        request.passphrase = secret(pkcs12Passphrase());
        auto signature = Signing::sign(m_ws, request);
        return signature ? Status() : signature.error();
    }
    /// The signed-in person's signing credentials, as the sign dialog gathers them.
    Result<SigningCredentials> credentials()
    {
        const DemoPerson& p = person(m_ws.session().actor);
        SignRequest request;
        request.username = p.username;
        request.password = secret(p.password);
        request.pkcs12Path = QDir(m_credentials).filePath(p.username + QStringLiteral(".p12"));
        request.passphrase = secret(pkcs12Passphrase());
        return Signing::open(m_ws, request);
    }
    /// The data scientist opens, submits (signed) and evaluates a request; returns its id. Where the plan has little
    /// power at some margin, the author accepts it with a note that goes into the signature's reason.
    Result<QString> propose(const ChangeRequestContent& content, qint64 evaluateAfterMs)
    {
        CreateChangeRequestCommand create(content);
        if (auto r = run(create); !r) {
            return r.error();
        }
        if (auto r = as(m_ws.session().actor, 20 * kMinute); !r) {
            return r.error();
        }
        auto signing = credentials();
        if (!signing) {
            return signing.error();
        }
        const QString lowPowerNote = DemoChangeRequests::lowPowerNote(content.candidate);
        SubmitChangeRequestCommand submit(create.id(), lowPowerNote,
                                          lowPowerNote.isEmpty() ? LowPower::Refuse : LowPower::Accept,
                                          std::move(signing.value()));
        if (auto r = run(submit); !r) {
            return r.error();
        }
        if (auto r = as(m_ws.session().actor, evaluateAfterMs); !r) {
            return r.error();
        }
        EvaluateChangeRequestCommand evaluate(create.id());
        if (auto r = run(evaluate); !r) {
            return r.error();
        }
        return create.id();
    }
    /// The QA officer approves or rejects a request.
    Status decide(const QString& id, ChangeRequestAction decision, const QString& reason)
    {
        auto signing = credentials();
        if (!signing) {
            return signing.error();
        }
        DecideChangeRequestCommand command(id, decision, reason, std::move(signing.value()));
        return run(command);
    }
    /// The QA officer releases an approved request into production.
    Status implement(const QString& id, const QString& reason)
    {
        auto signing = credentials();
        if (!signing) {
            return signing.error();
        }
        ImplementChangeRequestCommand command(id, reason, std::move(signing.value()));
        return run(command);
    }
    /// The signed-in person signs a stored record (a PCCP version) with the given meaning.
    Status signRecord(const QString& type, const QString& id, Meaning meaning, const QString& reason)
    {
        auto signing = credentials();
        if (!signing) {
            return signing.error();
        }
        SignRecordCommand command(type, id, meaning, reason, std::move(signing.value()));
        return run(command);
    }
    Status enroll()
    {
        auto credentials = Pkcs12::read(QDir(m_credentials).filePath(m_ws.session().actor + QStringLiteral(".p12")),
                                        secret(pkcs12Passphrase()));
        if (!credentials) {
            return credentials.error();
        }
        EnrollCertificateCommand command(credentials.value());
        return run(command);
    }
    /// First sign-in with the password the administrator chose, then the person's own.
    Status firstSignIn(const QString& username, qint64 advanceMs)
    {
        m_clock.advance(advanceMs);
        m_ws.signOut();
        if (auto r = m_ws.signIn(username, secret(temporaryPassword(username))); !r) {
            return r.error();
        }
        ChangeOwnPasswordCommand change(secret(temporaryPassword(username)), secret(person(username).password));
        return run(change);
    }
    static QString temporaryPassword(const QString& username)
    {
        return QStringLiteral("Welcome-%1-2026!").arg(username.size() * 7919);
    }

    qint64 now() const { return m_clock.nowMs(); }

    DemoSources::Paths sources; ///< written by the first model chapter

private:
    Workspace& m_ws;
    ManualClock& m_clock;
    QString m_credentials;
};

void removeDemo(const QString& path)
{
    for (const auto* suffix : {"", ".key", "-wal", "-shm"}) {
        QFile::remove(path + QLatin1String(suffix));
    }
    QDir(credentialsDir(path)).removeRecursively();
    QDir(sourcesDir(path)).removeRecursively();
}

/// The data scientist brings the sepsis-risk model in from where the team keeps it, exactly as the importers do
/// for anyone: MLflow versions, their git commits and configuration, the DVC lineage, the locked validation and
/// challenge sets with every version's predictions, and the validation set's data contract.
Status importModel(Story& story, const DemoSources::Paths& src)
{
    const QString model = QStringLiteral("sepsis-risk");
    auto store = MlflowSource::openFileStore(src.mlruns);
    if (!store) {
        return store.error();
    }
    auto labels = store.value()->versions(model);
    if (!labels) {
        return labels.error();
    }
    auto versions = ImportModelVersionsCommand::readMlflow(*store.value(), model, labels.value());
    if (!versions) {
        return versions.error();
    }
    ImportModelVersionsCommand import(model, versions.value());
    if (auto r = story.run(import); !r) {
        return r;
    }
    Model description;
    description.name = model;
    description.intendedUse = QStringLiteral("Early warning of sepsis within 48 hours in adult inpatients on general "
                                             "wards, to prompt a clinician's assessment; not for diagnosis");
    description.deviceClass = QStringLiteral("IIa (EU MDR Rule 11)");
    description.riskClass = QStringLiteral("IMDRF SaMD category III");
    description.owner = QStringLiteral("mlindqvist");
    DescribeModelCommand describe(description,
                                  QStringLiteral("Intended use from the clinical evaluation plan "
                                                 "CEP-2026-04"));
    if (auto r = story.run(describe); !r) {
        return r;
    }
    auto repo = GitRepository::open(src.repo);
    if (!repo) {
        return repo.error();
    }
    for (qsizetype v = 0; v < src.commits.size(); ++v) {
        auto evidence = repo.value()->evidence(src.commits[v], {QStringLiteral("config/train.yaml")});
        if (!evidence) {
            return evidence.error();
        }
        AttachEvidenceCommand attach(model, QString::number(v + 1), QStringLiteral("git-commit"), repo.value()->path(),
                                     evidence.value());
        if (auto r = story.run(attach); !r) {
            return r;
        }
    }
    auto lock = DvcLock::read(src.dvcLock);
    if (!lock) {
        return lock.error();
    }
    AttachEvidenceCommand lineage(model, QStringLiteral("3"), QStringLiteral("dvc-lock"), src.dvcLock, lock->toJson());
    if (auto r = story.run(lineage); !r) {
        return r;
    }
    for (const auto& [name, file, role] :
         {std::tuple {QStringLiteral("locked-validation-2026q3"), src.validation, DatasetRole::Validation},
          std::tuple {QStringLiteral("challenge-2026q3"), src.challenge, DatasetRole::Challenge}}) {
        PredictionImportRequest request;
        request.dataset = name;
        request.file = file;
        request.role = role;
        request.mapping.idColumn = QStringLiteral("encounter_id");
        request.mapping.labelColumn = QStringLiteral("sepsis_within_48h");
        request.mapping.groupColumns = {QStringLiteral("sex"), QStringLiteral("age_band"), QStringLiteral("site")};
        for (int v = 1; v <= 4; ++v) {
            request.mapping.scores.append({model, QString::number(v), QStringLiteral("score_v%1").arg(v)});
        }
        ImportPredictionsCommand predictions(request);
        if (auto r = story.run(predictions); !r) {
            return r;
        }
    }
    auto contract = GreatExpectationsResult::read(src.expectations);
    if (!contract) {
        return contract.error();
    }
    AttachDatasetEvidenceCommand attach(QStringLiteral("locked-validation-2026q3"),
                                        QStringLiteral("great-expectations"), src.expectations, contract.value());
    return story.run(attach);
}

/// Regulatory affairs import the PCCP authorised with version 1's marketing submission from the file they keep, and
/// sign it as its author; the QA officer approves it, and from then on every change request is checked against it.
Status putPccpInForce(Story& story, const QString& file)
{
    auto pccp = Pccp::fromYamlFile(file);
    if (!pccp) {
        return pccp.error();
    }
    if (auto r = story.as(QStringLiteral("therrera"), 3 * 60 * kMinute); !r) {
        return r;
    }
    SavePccpCommand save(pccp.value(), QFileInfo(file).fileName());
    if (auto r = story.run(save); !r) {
        return r;
    }
    const QString id = pccp->model + u'@' + QString::number(save.version());
    if (auto r = story.signRecord(QStringLiteral("pccp"), id, Meaning::Authored,
                                  QStringLiteral("As authorised with the marketing submission of version 1"));
        !r) {
        return r;
    }
    if (auto r = story.as(QStringLiteral("mlindqvist"), 2 * 60 * kMinute); !r) {
        return r;
    }
    return story.signRecord(QStringLiteral("pccp"), id, Meaning::Approved,
                            QStringLiteral("In force from today for every change to the sepsis early-warning score "
                                           "(QA decision QD-2026-044)"));
}

Status move(Story& story, const char* label, LifecycleState to, const QString& reason)
{
    TransitionVersionCommand command(QStringLiteral("sepsis-risk"), QLatin1String(label), to, reason);
    return story.run(command);
}
} // namespace

const QList<DemoPerson>& cast()
{
    static const QList<DemoPerson> people = {
        {QStringLiteral("praman"), QStringLiteral("Priya Raman"), QStringLiteral("priya.raman@st-elsewhere.example"),
         Role::Administrator, QStringLiteral("demo-admin-pass"), false},
        {QStringLiteral("mlindqvist"), QStringLiteral("Margaret Lindqvist"),
         QStringLiteral("margaret.lindqvist@st-elsewhere.example"), Role::QaOfficer, QStringLiteral("demo-qa-pass"),
         true},
        {QStringLiteral("hbrandt"), QStringLiteral("Helen Brandt"), QStringLiteral("helen.brandt@st-elsewhere.example"),
         Role::Auditor, QStringLiteral("demo-audit-pass"), true},
        {QStringLiteral("dokafor"), QStringLiteral("Daniel Okafor"),
         QStringLiteral("daniel.okafor@st-elsewhere.example"), Role::DataScientist, QStringLiteral("demo-science-pass"),
         true},
        {QStringLiteral("therrera"), QStringLiteral("Tom\u00e1s Herrera"),
         QStringLiteral("tomas.herrera@st-elsewhere.example"), Role::RegulatoryAffairs,
         QStringLiteral("demo-regulatory-pass"), true},
    };
    return people;
}

QString pkcs12Passphrase()
{
    return QStringLiteral("demo-p12-pass");
}

QString credentialsDir(const QString& path)
{
    const QFileInfo info(path);
    return info.dir().filePath(info.completeBaseName() + QStringLiteral("-credentials"));
}

QString sourcesDir(const QString& path)
{
    const QFileInfo info(path);
    return info.dir().filePath(info.completeBaseName() + QStringLiteral("-sources"));
}

void discard(const QString& path)
{
    removeDemo(path);
}

QString defaultPath()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(dir).filePath(QStringLiteral("demo.countersign"));
}

namespace {
/// The first weeks: the administrator configures the workspace, trusts the hospital CA and adds the people, who
/// sign in and enroll their certificates. The chapters run later, while `story`, `pki` and `admin` live.
QList<std::function<Status()>> setUpChapters(Story& story, const DemoPki& pki, const DemoPerson& admin)
{
    return {
        [&story, &admin] { return story.as(admin.username, 4 * kMinute); },
        [&story] {
            return story.setting(SettingKey::OrganisationName, kOrganisation,
                                 QStringLiteral("Initial configuration per SOP-QA-014 section 3"));
        },
        [&story] {
            return story.setting(SettingKey::InactivityLockMinutes, 10,
                                 QStringLiteral("Information security policy ISP-7 requires a screen lock after 10 "
                                                "minutes"));
        },
        [&story] {
            return story.setting(SettingKey::PasswordMaxAgeDays, 180,
                                 QStringLiteral("Aligned with hospital identity policy IAM-2 (180-day rotation)"));
        },
        [&story] {
            return story.setting(SettingKey::AuditReviewIntervalDays, 14,
                                 QStringLiteral("QA decision QD-2026-031: fortnightly audit-trail review during the "
                                                "model roll-out"));
        },
        [&story, &pki] {
            AddTrustedCaCommand command(pki.ca, QStringLiteral("Hospital PKI signing CA, per ISP-9 (demo)"));
            return story.run(command);
        },
        [&story, &pki] {
            AddCrlCommand command(pki.crl);
            return story.run(command);
        },
        [&story]() -> Status {
            for (const DemoPerson& p : cast().mid(1)) {
                AddUserCommand command({p.username, p.fullName, p.email, {p.role}},
                                       secret(Story::temporaryPassword(p.username)));
                if (auto r = story.run(command); !r) {
                    return r;
                }
            }
            return {};
        },
        [&story] { return story.checkpoint(); },
        [&story]() -> Status {
            for (const DemoPerson& p : cast().mid(1)) {
                if (auto r = story.firstSignIn(p.username, 3 * 60 * kMinute); !r) {
                    return r;
                }
                if (auto r = story.enroll(); !r) {
                    return r;
                }
            }
            return {};
        },
    };
}

/// Then the model: versions imported, validated, approved, one withdrawn, a candidate under validation, and the
/// audit-trail reviews and checkpoints around them.
QList<std::function<Status()>> modelChapters(Story& story, const QString& path, qint64 start, const DemoPerson& admin)
{
    return {
        [&story, path, start]() -> Status {
            if (auto r = story.as(QStringLiteral("dokafor"), 2 * kDay); !r) {
                return r;
            }
            auto sources = DemoSources::write(sourcesDir(path), start);
            if (!sources) {
                return sources.error();
            }
            story.sources = sources.value();
            if (auto r = importModel(story, sources.value()); !r) {
                return r;
            }
            for (const char* label : {"1", "2"}) {
                if (auto r =
                        move(story, label, LifecycleState::UnderValidation,
                             QStringLiteral("Validation protocol VP-2026-07 started on the locked validation set"));
                    !r) {
                    return r;
                }
            }
            return move(story, "1", LifecycleState::Validated,
                        QStringLiteral("VP-2026-07 passed: AUROC and calibration within the acceptance criteria"));
        },
        // Version 1's first release, through a change request like every release.
        [&story]() -> Status {
            if (auto r = story.as(QStringLiteral("dokafor"), 2 * 60 * kMinute); !r) {
                return r;
            }
            auto id = story.propose(DemoChangeRequests::firstRelease(), 3 * 60 * kMinute);
            if (!id) {
                return id.error();
            }
            if (auto r = story.as(QStringLiteral("mlindqvist"), kDay); !r) {
                return r;
            }
            if (auto r = story.decide(id.value(), ChangeRequestAction::Approve,
                                      QStringLiteral("VP-2026-07 met on both sets; approved by the model governance "
                                                     "board (minutes MGB-2026-07)"));
                !r) {
                return r;
            }
            return story.implement(id.value(),
                                   QStringLiteral("Deployed to the inpatient early-warning service (CHG-1175)"));
        },
        // The PCCP authorised with version 1 comes into force: every later request names its modification.
        [&story] { return putPccpInForce(story, story.sources.pccp); },
        // Version 2 is rejected: it misses sepsis in the over-75s.
        [&story]() -> Status {
            if (auto r = story.as(QStringLiteral("dokafor"), 2 * kDay); !r) {
                return r;
            }
            auto id = story.propose(DemoChangeRequests::deeperTrees(), 2 * 60 * kMinute);
            if (!id) {
                return id.error();
            }
            if (auto r = story.as(QStringLiteral("mlindqvist"), kDay); !r) {
                return r;
            }
            if (auto r = story.decide(id.value(), ChangeRequestAction::Reject,
                                      QStringLiteral("Sensitivity in the 75+ age band is inferior to version 1 on "
                                                     "the locked validation set (QA finding QF-2026-023); outside "
                                                     "the PCCP in any case"));
                !r) {
                return r;
            }
            return move(story, "2", LifecycleState::Withdrawn,
                        QStringLiteral("Rejected in %1: over-75 sensitivity (QF-2026-023)").arg(id.value()));
        },
        // Version 3 replaces version 1.
        [&story]() -> Status {
            if (auto r = story.as(QStringLiteral("dokafor"), 2 * kDay); !r) {
                return r;
            }
            if (auto r = move(story, "3", LifecycleState::UnderValidation,
                              QStringLiteral("Candidate replacing version 1; validation protocol VP-2026-07 applies"));
                !r) {
                return r;
            }
            auto id = story.propose(DemoChangeRequests::lactateTrend(), 4 * 60 * kMinute);
            if (!id) {
                return id.error();
            }
            if (auto r = story.as(QStringLiteral("mlindqvist"), kDay); !r) {
                return r;
            }
            if (auto r = story.decide(id.value(), ChangeRequestAction::Approve,
                                      QStringLiteral("Non-inferior or better on every margin and age band of "
                                                     "VP-2026-07; benefit outweighs the residual risk"));
                !r) {
                return r;
            }
            return story.implement(id.value(), QStringLiteral("Deployed in the change window of CHG-1188"));
        },
        [&story]() -> Status {
            if (auto r = story.as(QStringLiteral("hbrandt"), 14 * kDay); !r) {
                return r;
            }
            auto review = story.review(QStringLiteral("Configuration changes 2 to 5 each carry a documented reason "
                                                      "and match change ticket CHG-1182. People and certificates "
                                                      "match the access request forms. No discrepancies."));
            if (!review) {
                return review.error();
            }
            if (auto r = story.sign(review.value(), Meaning::Reviewed,
                                    QStringLiteral("Fortnightly audit-trail review per SOP-QA-014"));
                !r) {
                return r;
            }
            if (auto r = story.as(QStringLiteral("mlindqvist"), 2 * 60 * kMinute); !r) {
                return r;
            }
            return story.sign(review.value(), Meaning::Approved,
                              QStringLiteral("Review accepted by QA; no corrective action needed"));
        },
        [&story, &admin]() -> Status {
            if (auto r = story.as(admin.username, 7 * kDay); !r) {
                return r;
            }
            return story.setting(SettingKey::AuditReviewIntervalDays, 30,
                                 QStringLiteral("Roll-out complete (CHG-1190); back to the monthly review of "
                                                "SOP-QA-014"));
        },
        [&story] { return story.checkpoint(); },
        [&story]() -> Status {
            if (auto r = story.as(QStringLiteral("hbrandt"), 12 * kDay); !r) {
                return r;
            }
            auto review = story.review(QStringLiteral("Reviewed the change of the review interval (CHG-1190) and both "
                                                      "checkpoints; the trail verifies intact. No findings."));
            if (!review) {
                return review.error();
            }
            return story.sign(review.value(), Meaning::Reviewed,
                              QStringLiteral("Monthly audit-trail review per SOP-QA-014"));
        },
    };
}

/// The open tasks the demo ends on: drift monitoring of version 3 in production (six months of encounters against
/// the validation period; the laboratory's new lactate assay from the fourth month raises alerts DA-1 to DA-3), the
/// re-training request opened from the first alert, waiting for a QA decision, and the last alert still open.
QList<std::function<Status()>> monitoringChapters(Story& story, const DemoPerson& admin)
{
    return {
        [&story]() -> Status {
            if (auto r = story.as(QStringLiteral("dokafor"), 2 * kDay); !r) {
                return r;
            }
            return DemoMonitoring::importAndRun([&story](Command& c) { return story.run(c); }, story.sources,
                                                story.now());
        },
        // The first alert opens the re-training request, which waits for a QA decision: the demo's open task.
        [&story]() -> Status {
            if (auto r = story.as(QStringLiteral("dokafor"), kDay); !r) {
                return r;
            }
            if (auto r =
                    move(story, "4", LifecycleState::UnderValidation,
                         QStringLiteral(
                             "Re-trained after drift alert DA-1 (new lactate assay); validation protocol VP-2026-07"));
                !r) {
                return r;
            }
            auto id = story.propose(DemoChangeRequests::retraining(), 2 * 60 * kMinute);
            if (!id) {
                return id.error();
            }
            // The QA officer reads the queue: the next month's alert is the same assay shift, answered by the request.
            if (auto r = story.as(QStringLiteral("mlindqvist"), 3 * 60 * kMinute); !r) {
                return r;
            }
            AcknowledgeAlertCommand ack(2,
                                        QStringLiteral("Same lactate assay shift as DA-1; answered by %1, which "
                                                       "re-trains on encounters measured with the new assay")
                                            .arg(id.value()));
            return story.run(ack);
        },
        [&story, &admin] { return story.as(admin.username, 6 * kMinute); },
        [&story] { return story.checkpoint(); },
    };
}

/// `path` is where the workspace goes (a file, or a server URI); `beside` names the folders of credentials and
/// sources (the file itself, or a path in a folder for a server workspace).
Status tell(const QString& path, const QString& beside, qint64 nowMs)
{
    // Start 50 days ago at 09:05 UTC and let the story unfold from there (it spans about 43 days).
    const qint64 start = (nowMs - 50 * kDay) / kDay * kDay + 9 * 60 * kMinute + 5 * kMinute;
    const QString credentials = credentialsDir(beside);
    auto pki = writePki(credentials, start - kDay, nowMs);
    if (!pki) {
        return pki.error();
    }
    ManualClock clock(start);
    Workspace::Options options;
    options.clock = &clock;

    const DemoPerson& admin = cast().first();
    auto created =
        Workspace::create(path, {admin.username, admin.fullName, admin.email, {admin.role}}, secret(admin.password),
                          {QStringLiteral("Sepsis early-warning models (demo)"), true}, options);
    if (!created) {
        return created.error();
    }
    Workspace& ws = *created.value();
    Story story(ws, clock, credentials);

    QList<std::function<Status()>> chapters = setUpChapters(story, pki.value(), admin);
    chapters += modelChapters(story, beside, start, admin);
    chapters += monitoringChapters(story, admin);
    for (const auto& chapter : chapters) {
        if (auto r = chapter(); !r) {
            return r;
        }
    }
    return {};
}
} // namespace

Status create(const QString& path, qint64 nowMs, const QString& besidePath)
{
    const QString beside = besidePath.isEmpty() ? path : besidePath;
    if (QFileInfo::exists(path)) {
        return Error(ErrorCode::AlreadyExists, QStringLiteral("%1 already exists; choose another name").arg(path));
    }
    for (const QString& folder : {credentialsDir(beside), sourcesDir(beside)}) {
        if (QFileInfo::exists(folder)) {
            return Error(ErrorCode::AlreadyExists, QStringLiteral("%1 already exists; move it away first").arg(folder));
        }
    }
    auto told = tell(path, beside, nowMs);
    if (!told) {
        removeDemo(beside);
    }
    return told;
}

} // namespace cs::DemoWorkspace
