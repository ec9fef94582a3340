#include "MerkleTree.h"

#include "crypto/Sha256.h"

#include <QCoreApplication>

namespace cs {

namespace {
/// lupdate files every string of this file under the context that Tr::tr() looks up at run time.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cs::MerkleTree)
};

/// The largest power of two smaller than n (n > 1).
qint64 split(qint64 n)
{
    qint64 k = 1;
    while (k * 2 < n) {
        k *= 2;
    }
    return k;
}

/// MTH(D[begin:end]) by the incremental tree (O(log n) memory).
Result<QByteArray> rangeRoot(const QList<QByteArray>& leafHashes, qint64 begin, qint64 end)
{
    MerkleTree tree;
    for (qint64 i = begin; i < end; ++i) {
        if (auto s = tree.appendLeafHash(leafHashes[i]); !s) {
            return s.error();
        }
    }
    return tree.rootHash();
}

Status path(const QList<QByteArray>& leafHashes, qint64 index, qint64 begin, qint64 end, QList<QByteArray>& out)
{
    const qint64 n = end - begin;
    if (n <= 1) {
        return {};
    }
    const qint64 k = split(n);
    const bool left = index < k;
    if (auto s =
            left ? path(leafHashes, index, begin, begin + k, out) : path(leafHashes, index - k, begin + k, end, out);
        !s) {
        return s;
    }
    auto sibling = left ? rangeRoot(leafHashes, begin + k, end) : rangeRoot(leafHashes, begin, begin + k);
    if (!sibling) {
        return sibling.error();
    }
    out.append(sibling.value());
    return {};
}
} // namespace

Result<QList<QByteArray>> MerkleTree::inclusionProof(const QList<QByteArray>& leafHashes, qint64 index, qint64 size)
{
    if (size < 1 || size > leafHashes.size() || index < 0 || index >= size) {
        return Error(ErrorCode::InvalidArgument,
                     Tr::tr("no inclusion proof for leaf %1 in a tree of %2 leaves").arg(index).arg(size));
    }
    QList<QByteArray> proof;
    if (auto s = path(leafHashes, index, 0, size, proof); !s) {
        return s.error();
    }
    return proof;
}

Result<QList<QList<QByteArray>>> MerkleTree::inclusionProofs(const QList<QByteArray>& leafHashes,
                                                             const QList<qint64>& indices, qint64 size)
{
    for (const qint64 index : indices) {
        if (size < 1 || size > leafHashes.size() || index < 0 || index >= size) {
            return Error(ErrorCode::InvalidArgument,
                         Tr::tr("no inclusion proof for leaf %1 in a tree of %2 leaves").arg(index).arg(size));
        }
    }
    // Level by level, the last node of an odd level rising unpaired: the same tree as RFC 6962's split at the largest
    // power of two (each left subtree is perfect, so only the rightmost node of a level can lack a partner).
    QList<QList<QByteArray>> levels {leafHashes.first(size)};
    while (levels.last().size() > 1) {
        const QList<QByteArray>& below = levels.last();
        QList<QByteArray> above;
        above.reserve((below.size() + 1) / 2);
        for (qsizetype i = 0; i + 1 < below.size(); i += 2) {
            auto node = nodeHash(below[i], below[i + 1]);
            if (!node) {
                return node.error();
            }
            above.append(node.value());
        }
        if (below.size() % 2 == 1) {
            above.append(below.last());
        }
        levels.append(std::move(above));
    }
    QList<QList<QByteArray>> proofs;
    proofs.reserve(indices.size());
    for (const qint64 index : indices) {
        QList<QByteArray> proof;
        qint64 at = index;
        for (qsizetype l = 0; l + 1 < levels.size(); ++l) {
            if (const qint64 sibling = at ^ 1; sibling < levels[l].size()) {
                proof.append(levels[l][sibling]);
            }
            at >>= 1;
        }
        proofs.append(std::move(proof));
    }
    return proofs;
}

Status MerkleTree::verifyInclusion(const QByteArray& leafHash, qint64 index, qint64 size,
                                   const QList<QByteArray>& proof, const QByteArray& rootHash)
{
    if (index < 0 || index >= size) {
        return Error(ErrorCode::Integrity, Tr::tr("leaf %1 lies outside a tree of %2 leaves").arg(index).arg(size));
    }
    qint64 fn = index;
    qint64 sn = size - 1;
    QByteArray r = leafHash;
    for (const QByteArray& p : proof) {
        if (sn == 0) {
            return Error(ErrorCode::Integrity, Tr::tr("the inclusion proof is longer than the tree is deep"));
        }
        Result<QByteArray> node = (fn & 1) || fn == sn ? nodeHash(p, r) : nodeHash(r, p);
        if (!node) {
            return node.error();
        }
        if (((fn & 1) || fn == sn) && !(fn & 1)) {
            while (fn != 0 && !(fn & 1)) {
                fn >>= 1;
                sn >>= 1;
            }
        }
        r = node.value();
        fn >>= 1;
        sn >>= 1;
    }
    if (sn != 0) {
        return Error(ErrorCode::Integrity, Tr::tr("the inclusion proof is shorter than the tree is deep"));
    }
    if (r != rootHash) {
        return Error(ErrorCode::Integrity,
                     Tr::tr("the inclusion proof of leaf %1 leads to root %2, not to the checkpoint's %3")
                         .arg(index)
                         .arg(QString::fromLatin1(r.toHex()), QString::fromLatin1(rootHash.toHex())));
    }
    return {};
}

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
