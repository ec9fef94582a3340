#include "MerkleTree.h"

#include "crypto/Sha256.h"

namespace cs {

Result<QByteArray> MerkleTree::leafHashOf(QByteArrayView data)
{
    thread_local Sha256 h; // reused: creating an OpenSSL context per hash is measurable
    h.add('\0');
    h.add(data);
    return h.finish();
}

Result<QByteArray> MerkleTree::nodeHash(QByteArrayView left, QByteArrayView right)
{
    thread_local Sha256 h; // reused: creating an OpenSSL context per hash is measurable
    h.add('\x01');
    h.add(left);
    h.add(right);
    return h.finish();
}

Status MerkleTree::appendLeafHash(const QByteArray& leafHash)
{
    m_subtrees.append(leafHash);
    // Each trailing one bit of the old size is a perfect subtree of equal height that merges with the new one.
    for (qint64 s = m_size; s & 1; s >>= 1) {
        const QByteArray right = m_subtrees.takeLast();
        const QByteArray left = m_subtrees.takeLast();
        auto node = nodeHash(left, right);
        if (!node) {
            return node.error();
        }
        m_subtrees.append(node.value());
    }
    ++m_size;
    return {};
}

Result<QByteArray> MerkleTree::rootHash() const
{
    if (m_subtrees.isEmpty()) {
        return Sha256::hash({});
    }
    QByteArray root = m_subtrees.last();
    for (qsizetype i = m_subtrees.size() - 2; i >= 0; --i) {
        auto node = nodeHash(m_subtrees[i], root);
        if (!node) {
            return node.error();
        }
        root = node.value();
    }
    return root;
}

} // namespace cs
