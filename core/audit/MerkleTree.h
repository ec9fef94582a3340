#pragma once

#include "util/Result.h"

#include <QByteArray>
#include <QList>

namespace cs {

/// RFC 6962 Merkle tree hash computed incrementally over leaf hashes, in O(log n) memory.
/// Holds the roots of the perfect subtrees that make up the tree so far (a compact range).
class MerkleTree
{
public:
    /// Appends a leaf by its leaf hash (already SHA-256(0x00 || data)).
    Status appendLeafHash(const QByteArray& leafHash);
    qint64 size() const { return m_size; }
    /// MTH over all leaves appended so far; SHA-256("") for an empty tree.
    Result<QByteArray> rootHash() const;

    /// RFC 6962 leaf hash of raw leaf data.
    static Result<QByteArray> leafHashOf(QByteArrayView data);
    /// RFC 6962 interior node hash: SHA-256(0x01 || left || right).
    static Result<QByteArray> nodeHash(QByteArrayView left, QByteArrayView right);

    /// RFC 6962 section 2.1.1 PATH(index, D[size]): the audit path of leaf `index` in the tree over the first `size`
    /// of `leafHashes`, nearest sibling first. Hashes every leaf of the tree once per proof (O(size)).
    static Result<QList<QByteArray>> inclusionProof(const QList<QByteArray>& leafHashes, qint64 index, qint64 size);
    /// The audit paths of several leaves of one tree (the first `size` of `leafHashes`), in the order of `indices`,
    /// each equal to inclusionProof's. Builds the tree level by level once: O(size) time and memory for all of them.
    static Result<QList<QList<QByteArray>>> inclusionProofs(const QList<QByteArray>& leafHashes,
                                                            const QList<qint64>& indices, qint64 size);

    /// RFC 9162 section 2.1.3.2: whether `proof` shows the leaf with `leafHash` at `index` in a tree of `size` leaves
    /// whose root is `rootHash`. An Integrity error says which part does not fit.
    static Status verifyInclusion(const QByteArray& leafHash, qint64 index, qint64 size, const QList<QByteArray>& proof,
                                  const QByteArray& rootHash);

private:
    QList<QByteArray> m_subtrees; ///< roots of perfect subtrees, largest first
    qint64 m_size = 0;
};

} // namespace cs
