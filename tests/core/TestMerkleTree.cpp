// RFC 6962 Merkle tree hashes: the known roots of the certificate-transparency test vectors for the first 1 to 8
// leaves, and agreement with a direct recursive implementation of the RFC's definition (section 2.1).
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

QTEST_GUILESS_MAIN(TestMerkleTree)
#include "TestMerkleTree.moc"
