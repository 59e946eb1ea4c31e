using System.Security.Cryptography;
using System.Text;
using RoyaltyLedger.Cli.Import.Dsr;
using RoyaltyLedger.Domain.Validation;
using static RoyaltyLedger.Server.Tests.Dsr.DsrLines;

namespace RoyaltyLedger.Server.Tests.Dsr;

/// <summary>Event ids and streams of a DSR import: deterministic from the message and line, valid ids at every length.</summary>
public sealed class DsrIdsTests
{
    private static readonly byte[] FileA = SHA256.HashData(Encoding.UTF8.GetBytes("file a"));
    private static readonly byte[] FileB = SHA256.HashData(Encoding.UTF8.GetBytes("file b"));

    private static DsrHeader Header(string line) => new DsrReader(new StringReader(line + "\n"), "t.tsv").ReadHeader();

    [Fact]
    public void EventId_SenderAndMessageId_ReadableAndPaddedToSortInLineOrder()
    {
        var ids = DsrIds.Of(Header(Head(messageId: "RT-1")), FileA);

        Assert.Equal("dsr:PADPIDA2026110101X.RT-1:000000007", ids.EventId(7));
        Assert.Equal("dsr:PADPIDA2026110101X.RT-1:123456789", ids.EventId(123_456_789));
        Assert.Equal($"dsr-{Convert.ToHexStringLower(FileA)[..16]}", ids.Stream);
    }

    [Fact]
    public void Of_SameMessageInAnotherFile_SameEventIdsOtherStream()
    {
        var a = DsrIds.Of(Header(Head()), FileA);
        var b = DsrIds.Of(Header(Head()), FileB);

        Assert.Equal(a.EventId(3), b.EventId(3));
        Assert.NotEqual(a.Stream, b.Stream);
    }

    [Fact]
    public void Of_FileTwoOfThree_KeyNamesTheFile() =>
        Assert.Equal("dsr:PADPIDA2026110101X.MSG-1.f2:000000001", DsrIds.Of(Header(Head(file: "2", files: "3")), FileA).EventId(1));

    [Fact]
    public void Of_NoMessageId_KeyedByTheFilesContent()
    {
        var a = DsrIds.Of(Header(Head(messageId: "")), FileA);
        var b = DsrIds.Of(Header(Head(messageId: "")), FileB);

        Assert.Equal($"dsr:sha256-{Convert.ToHexStringLower(FileA)[..24]}:000000001", a.EventId(1));
        Assert.NotEqual(a.EventId(1), b.EventId(1));
    }

    [Theory]
    [InlineData("a-message-id-that-is-far-too-long-to-fit-an-event-id-000000000")]
    [InlineData("message id/with spaces")]
    public void Of_MessageIdThatCannotBePartOfAnId_HashedIntoAValidId(string messageId)
    {
        var ids = DsrIds.Of(Header(Head(messageId: messageId)), FileA);
        var id = ids.EventId(999_999_999);

        Assert.True(EntityIds.IsValid(id), id);
        Assert.Matches("^dsr:h[0-9a-f]{24}:999999999$", id);
        Assert.NotEqual(id, DsrIds.Of(Header(Head(messageId: messageId + "x")), FileA).EventId(999_999_999));
    }

    [Fact]
    public void EventId_LongestReadableKey_StaysAValidId()
    {
        var messageId = new string('m', EntityIds.MaxLength - 14 - Sender.Length - 1);
        var id = DsrIds.Of(Header(Head(messageId: messageId)), FileA).EventId(1);

        Assert.Equal(EntityIds.MaxLength, id.Length);
        Assert.True(EntityIds.IsValid(id), id);
        Assert.StartsWith("dsr:h", DsrIds.Of(Header(Head(messageId: messageId + "m")), FileA).EventId(1), StringComparison.Ordinal);
    }
}
