#include "SecretBytes.h"

#include <QString>

#include <openssl/crypto.h>

#include <cstring>

namespace cs {

namespace {
void cleanse(QByteArray& bytes)
{
    if (!bytes.isEmpty() && !bytes.isDetached()) {
        bytes.detach(); // never wipe a buffer another QByteArray still shares; wipe our own copy below
    }
    if (!bytes.isEmpty()) {
        OPENSSL_cleanse(bytes.data(), static_cast<size_t>(bytes.size()));
    }
    bytes.clear();
}
} // namespace

SecretBytes SecretBytes::take(QByteArray& source)
{
    SecretBytes secret;
    secret.m_bytes = QByteArray(source.constData(), source.size());
    if (!source.isEmpty()) {
        OPENSSL_cleanse(source.data(), static_cast<size_t>(source.size()));
    }
    source.clear();
    return secret;
}

SecretBytes SecretBytes::fromUtf8(const char* text)
{
    SecretBytes secret;
    secret.m_bytes = QByteArray(text, static_cast<qsizetype>(std::strlen(text)));
    return secret;
}

SecretBytes::SecretBytes(SecretBytes&& other) noexcept
    : m_bytes(std::move(other.m_bytes))
{
    other.m_bytes = QByteArray();
}

SecretBytes& SecretBytes::operator=(SecretBytes&& other) noexcept
{
    if (this != &other) {
        cleanse(m_bytes);
        m_bytes = std::move(other.m_bytes);
        other.m_bytes = QByteArray();
    }
    return *this;
}

SecretBytes::~SecretBytes()
{
    cleanse(m_bytes);
}

void SecretBytes::wipe()
{
    cleanse(m_bytes);
}

qsizetype SecretBytes::characterCount() const
{
    qsizetype count = 0;
    for (const char c : m_bytes) {
        if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) {
            ++count; // count UTF-8 lead bytes, not continuation bytes
        }
    }
    return count;
}

} // namespace cs
