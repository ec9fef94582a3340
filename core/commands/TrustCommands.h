#pragma once

#include "commands/Command.h"
#include "pki/Certificate.h"

namespace cs {

/// A person enrolls their own signing certificate. The certificate must pass every signing check now and the
/// person must prove they hold its private key; only the certificate is stored.
class EnrollCertificateCommand final : public Command
{
public:
    explicit EnrollCertificateCommand(SigningCredentials credentials);
    QString description() const override;
    std::optional<Action> requiredAction() const override { return Action::EnrollOwnCertificate; }
    Status apply(CommandContext& ctx) override;

private:
    SigningCredentials m_credentials;
};

/// An administrator adds a CA certificate to the workspace trust store.
class AddTrustedCaCommand final : public Command
{
public:
    AddTrustedCaCommand(Certificate certificate, QString reason);
    QString description() const override;
    std::optional<Action> requiredAction() const override { return Action::ManageTrustStore; }
    Status apply(CommandContext& ctx) override;

private:
    Certificate m_certificate;
    QString m_reason;
};

/// An administrator adds a CRL of a trusted CA; it must be signed by that CA and newer than the one in force.
class AddCrlCommand final : public Command
{
public:
    explicit AddCrlCommand(Crl crl);
    QString description() const override;
    std::optional<Action> requiredAction() const override { return Action::ManageTrustStore; }
    Status apply(CommandContext& ctx) override;

private:
    Crl m_crl;
};

} // namespace cs
