#pragma once

#include "crypto/Sha256.h"

#include <QString>

#include <string_view>

namespace cs {

/// The digest of the samples one file added to a dataset, in the order added (docs/registry.md). Version 2, written
/// by every import since issue #12 and recorded as "v2:<hex>", length-prefixes each field (ID, label, subgroup
/// JSON: a 4-byte big-endian length, then the UTF-8 bytes), so that no two different sample sets share a digest.
/// Version 1 (a bare hex digest, recorded before) joined the fields with 0x1F and ended each sample with 0x0A; a
/// sample ID holding those bytes could make two sets collide. It is still computed to check what it recorded.
class SampleDigest
{
public:
    static constexpr const char* kV2Prefix = "v2:";

    /// For a recorded digest: its version (1 without a prefix).
    explicit SampleDigest(int version = 2)
        : m_version(version)
    { }
    static int versionOf(const QString& recorded) { return recorded.startsWith(QLatin1String(kV2Prefix)) ? 2 : 1; }

    void add(std::string_view id, std::string_view label, std::string_view groups)
    {
        if (m_version == 1) {
            m_line.assign(id).append(1, '\x1f').append(label).append(1, '\x1f').append(groups).append(1, '\n');
        } else {
            m_line.clear();
            for (const std::string_view field : {id, label, groups}) {
                const auto n = static_cast<quint32>(field.size());
                const char length[4] = {char(n >> 24), char((n >> 16) & 0xFF), char((n >> 8) & 0xFF), char(n & 0xFF)};
                m_line.append(length, 4).append(field);
            }
        }
        m_hash.add(QByteArrayView(m_line.data(), qsizetype(m_line.size())));
    }

    /// The digest as recorded: "v2:<hex>" (or the bare hex of version 1).
    Result<QString> finish()
    {
        auto hex = m_hash.finishHex();
        if (!hex) {
            return hex.error();
        }
        return m_version == 1 ? hex.value() : QLatin1String(kV2Prefix) + hex.value();
    }

private:
    int m_version;
    Sha256 m_hash;
    std::string m_line;
};

} // namespace cs
