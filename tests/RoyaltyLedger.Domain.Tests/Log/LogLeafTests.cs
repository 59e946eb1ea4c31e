using System.Security.Cryptography;
using RoyaltyLedger.Domain.Log;

namespace RoyaltyLedger.Domain.Tests.Log;

public class LogLeafTests
{
    [Fact]
    public void Encode_Layout_IsPrefixPartitionEntryNoHash()
    {
        var hash = Enumerable.Range(0, 32).Select(i => (byte)i).ToArray();
        var data = LogLeaf.Encode(2, 0x0102030405, hash);
        Assert.Equal(LogLeaf.Size, data.Length);
        Assert.Equal("royaltyledger.log.v1\0"u8.ToArray(), data[..21]);
        Assert.Equal(new byte[] { 0, 0, 0, 2 }, data[21..25]);
        Assert.Equal(new byte[] { 0, 0, 0, 1, 2, 3, 4, 5 }, data[25..33]);
        Assert.Equal(hash, data[33..]);
        Assert.Equal(SHA256.HashData([0, .. data]), LogLeaf.Hash(2, 0x0102030405, hash));
    }

    [Fact]
    public void Hash_PartitionOrEntryNoDiffers_Differs()
    {
        var hash = new byte[32];
        Assert.NotEqual(LogLeaf.Hash(0, 1, hash), LogLeaf.Hash(1, 1, hash));
        Assert.NotEqual(LogLeaf.Hash(0, 1, hash), LogLeaf.Hash(0, 2, hash));
    }

    [Fact]
    public void Encode_HashOfWrongLength_Throws() =>
        Assert.Throws<ArgumentException>(() => LogLeaf.Encode(0, 1, new byte[31]));
}
