// RFC 6962 Merkle tree hashes: the known roots of the certificate-transparency test vectors for the first 1 to 8
// leaves, and agreement with a direct recursive implementation of the RFC's definition (section 2.1). Inclusion
// proofs: the certificate-transparency test vectors' audit paths, every leaf of trees of 1 to 40 leaves proved and
// verified (RFC 9162's algorithm), and proofs that must not verify.
#include "audit/MerkleTree.h"
#include "crypto/Sha256.h"

#include <QTest>

using namespace cs;

class TestMerkleTree : public QObject
{
    Q_OBJECT
private slots:
    void emptyTree();
    void knownRoots_data();
    void knownRoots();
    void matchesRecursiveDefinition();
    void knownInclusionProofs();
    void everyLeafProves();
    void batchProofsEqualSingleOnes();
    void wrongProofsFail();
};

namespace {
const QList<QByteArray> kLeaves = {
    "", "00", "10", "2021", "3031", "40414243", "5051525354555657", "606162636465666768696a6b6c6d6e6f"};

// MTH(D[n]) exactly as RFC 6962 section 2.1 defines it.
QByteArray recursiveRoot(const QList<QByteArray>& leafHashes, qsizetype begin, qsizetype end)
{
    const qsizetype n = end - begin;
    if (n == 1) {
        return leafHashes[begin];
    }
    qsizetype k = 1;
    while (k * 2 < n) {
        k *= 2;
    }
    return MerkleTree::nodeHash(recursiveRoot(leafHashes, begin, begin + k), recursiveRoot(leafHashes, begin + k, end))
        .value();
}
} // namespace

void TestMerkleTree::emptyTree()
{
    QCOMPARE(MerkleTree().rootHash()->toHex(),
             QByteArray("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"));
}

void TestMerkleTree::knownRoots_data()
{
    QTest::addColumn<int>("size");
    QTest::addColumn<QByteArray>("root");
    const char* roots[] = {
        "6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d",
        "fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125",
        "aeb6bcfe274b70a14fb067a5e5578264db0fa9b51af5e0ba159158f329e06e77",
        "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7",
        "4e3bbb1f7b478dcfe71fb631631519a3bca12c9aefca1612bfce4c13a86264d4",
        "76e67dadbcdf1e10e1b74ddc608abd2f98dfb16fbce75277b5232a127f2087ef",
        "ddb89be403809e325750d3d263cd78929c2942b7942a34b77e122c9594a74c8c",
        "5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328",
    };
    for (int i = 0; i < 8; ++i) {
        QTest::addRow("%d leaves", i + 1) << i + 1 << QByteArray(roots[i]);
    }
}

void TestMerkleTree::knownRoots()
{
    QFETCH(int, size);
    QFETCH(QByteArray, root);
    MerkleTree tree;
    for (int i = 0; i < size; ++i) {
        QVERIFY(tree.appendLeafHash(MerkleTree::leafHashOf(QByteArray::fromHex(kLeaves[i])).value()).ok());
    }
    QCOMPARE(tree.size(), qint64(size));
    QCOMPARE(tree.rootHash()->toHex(), root);
}

void TestMerkleTree::matchesRecursiveDefinition()
{
    MerkleTree tree;
    QList<QByteArray> leafHashes;
    for (int i = 0; i < 300; ++i) {
        leafHashes.append(Sha256::hash(QByteArray::number(i)).value());
        QVERIFY(tree.appendLeafHash(leafHashes.last()).ok());
        QCOMPARE(tree.rootHash().value(), recursiveRoot(leafHashes, 0, leafHashes.size()));
    }
}

namespace {
QList<QByteArray> vectorLeafHashes()
{
    QList<QByteArray> hashes;
    for (const QByteArray& leaf : kLeaves) {
        hashes.append(MerkleTree::leafHashOf(QByteArray::fromHex(leaf)).value());
    }
    return hashes;
}

QList<QByteArray> fromHex(const QList<QByteArray>& hex)
{
    QList<QByteArray> out;
    for (const QByteArray& h : hex) {
        out.append(QByteArray::fromHex(h));
    }
    return out;
}
} // namespace

void TestMerkleTree::knownInclusionProofs()
{
    // Audit paths from the certificate-transparency project's test vectors over the same eight leaves.
    const QList<QByteArray> leaves = vectorLeafHashes();
    struct Vector
    {
        qint64 index;
        qint64 size;
        QList<QByteArray> path;
    };
    const QList<Vector> vectors = {
        {0, 1, {}},
        {0,
         8,
         {"96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7",
          "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
          "6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4"}},
        {5,
         8,
         {"bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b",
          "ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0",
          "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7"}},
        {2, 3, {"fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125"}},
    };
    for (const Vector& v : vectors) {
        const auto proof = MerkleTree::inclusionProof(leaves, v.index, v.size);
        QVERIFY(proof.ok());
        QCOMPARE(proof.value(), fromHex(v.path));
        MerkleTree tree;
        for (qint64 i = 0; i < v.size; ++i) {
            QVERIFY(tree.appendLeafHash(leaves[i]).ok());
        }
        QVERIFY(MerkleTree::verifyInclusion(leaves[v.index], v.index, v.size, fromHex(v.path), tree.rootHash().value())
                    .ok());
    }
}

void TestMerkleTree::everyLeafProves()
{
    QList<QByteArray> leaves;
    for (int i = 0; i < 40; ++i) {
        leaves.append(Sha256::hash(QByteArray::number(i)).value());
    }
    for (qint64 size = 1; size <= leaves.size(); ++size) {
        const QByteArray root = recursiveRoot(leaves, 0, size);
        for (qint64 index = 0; index < size; ++index) {
            const auto proof = MerkleTree::inclusionProof(leaves, index, size);
            QVERIFY(proof.ok());
            const auto verified = MerkleTree::verifyInclusion(leaves[index], index, size, proof.value(), root);
            QVERIFY2(verified.ok(), qPrintable(QStringLiteral("leaf %1 of %2").arg(index).arg(size)));
        }
    }
}

void TestMerkleTree::batchProofsEqualSingleOnes()
{
    QList<QByteArray> leaves;
    for (int i = 0; i < 40; ++i) {
        leaves.append(Sha256::hash(QByteArray::number(i)).value());
    }
    for (qint64 size = 1; size <= leaves.size(); ++size) {
        QList<qint64> indices;
        for (qint64 index = size - 1; index >= 0; --index) { // out of order, as a caller may ask
            indices.append(index);
        }
        const auto proofs = MerkleTree::inclusionProofs(leaves, indices, size);
        QVERIFY(proofs.ok());
        QCOMPARE(proofs->size(), indices.size());
        for (qsizetype k = 0; k < indices.size(); ++k) {
            QVERIFY2(proofs.value()[k] == MerkleTree::inclusionProof(leaves, indices[k], size).value(),
                     qPrintable(QStringLiteral("leaf %1 of %2").arg(indices[k]).arg(size)));
        }
    }
    QVERIFY(!MerkleTree::inclusionProofs(leaves, {3, 40}, 40).ok());
    QVERIFY(!MerkleTree::inclusionProofs(leaves, {0}, 41).ok());
    QVERIFY(MerkleTree::inclusionProofs(leaves, {}, 40).ok());
}

void TestMerkleTree::wrongProofsFail()
{
    QList<QByteArray> leaves;
    for (int i = 0; i < 13; ++i) {
        leaves.append(Sha256::hash(QByteArray::number(i)).value());
    }
    const QByteArray root = recursiveRoot(leaves, 0, 13);
    const QList<QByteArray> proof = MerkleTree::inclusionProof(leaves, 6, 13).value();
    QVERIFY(MerkleTree::verifyInclusion(leaves[6], 6, 13, proof, root).ok());
    QVERIFY(!MerkleTree::verifyInclusion(leaves[7], 6, 13, proof, root).ok()); // another leaf
    QVERIFY(!MerkleTree::verifyInclusion(leaves[6], 7, 13, proof, root).ok()); // another position
    // Another size of another shape (the size itself is bound by the signed checkpoint, not by the path).
    QVERIFY(!MerkleTree::verifyInclusion(leaves[6], 6, 17, proof, root).ok());
    QVERIFY(!MerkleTree::verifyInclusion(leaves[6], 6, 13, proof.mid(1), root).ok()); // a step short
    QVERIFY(!MerkleTree::verifyInclusion(leaves[6], 6, 13, proof + QList<QByteArray> {root}, root).ok()); // too long
    QList<QByteArray> changed = proof;
    changed[1][0] = char(changed[1][0] ^ 1);
    const auto refused = MerkleTree::verifyInclusion(leaves[6], 6, 13, changed, root);
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error().message.contains(u"leads to root"), qPrintable(refused.error().message));
    QVERIFY(!MerkleTree::inclusionProof(leaves, 13, 13).ok());
    QVERIFY(!MerkleTree::inclusionProof(leaves, 0, 14).ok());
}

QTEST_GUILESS_MAIN(TestMerkleTree)
#include "TestMerkleTree.moc"
