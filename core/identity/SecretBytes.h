#pragma once

#include <QByteArray>
#include <QByteArrayView>

namespace cs {

/// A password or passphrase in memory: move-only, never converted to QString by accident, and wiped with
/// OPENSSL_cleanse when it goes away (21 CFR 11.300: secrets are not left lying around). Never log or store one.
class SecretBytes
{
public:
    SecretBytes() = default;
    /// Takes the bytes and wipes `source`'s buffer.
    static SecretBytes take(QByteArray& source);
    static SecretBytes fromUtf8(const char* text);

    SecretBytes(SecretBytes&& other) noexcept;
    SecretBytes& operator=(SecretBytes&& other) noexcept;
    SecretBytes(const SecretBytes&) = delete;
    SecretBytes& operator=(const SecretBytes&) = delete;
    ~SecretBytes();

    QByteArrayView view() const { return QByteArrayView(m_bytes); }
    /// NUL-terminated, for C APIs that take a password string (PKCS#12, PEM).
    const char* cString() const { return m_bytes.constData(); }
    qsizetype size() const { return m_bytes.size(); }
    bool isEmpty() const { return m_bytes.isEmpty(); }
    /// Number of Unicode characters, for password-length rules.
    qsizetype characterCount() const;
    void wipe();

private:
    QByteArray m_bytes;
};

} // namespace cs
