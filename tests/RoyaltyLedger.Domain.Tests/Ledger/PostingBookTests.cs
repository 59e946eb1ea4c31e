using RoyaltyLedger.Domain.Ledger;

namespace RoyaltyLedger.Domain.Tests.Ledger;

public class PostingBookTests
{
    [Fact]
    public void Lines_PostsInAnyOrder_SumsPerAccountWorkAndCurrencyInOrdinalOrder()
    {
        var book = new PostingBook();
        book.Post("party:b", "w1", "EUR", -30);
        book.Post("operator:o", "w1", "EUR", 100);
        book.Post("party:a", "w1", "EUR", -70);
        book.Post("party:a", "w1", "EUR", 0);

        Assert.Equal(
            [new PostingLine("operator:o", "w1", "EUR", 100), new PostingLine("party:a", "w1", "EUR", -70), new PostingLine("party:b", "w1", "EUR", -30)],
            book.Lines());
    }

    [Fact]
    public void UsePostings_ClaimWithAZeroNanoUnpricedPart_PostsOnlyThePricedPartAndNoEmptyCurrencyLine()
    {
        // Bug 2 of issue 11: a contributor whose share of a claim is 0 nanos has currency ''; posting it threw.
        var book = new PostingBook();
        UsePostings.Post(book, Accounts.Claims("op"), Accounts.Claimed, "w1", [new PartAmount("a", "EUR", 1_000), new PartAmount("b", "", 0)]);

        Assert.Equal([new PostingLine("claimed:a", "w1", "EUR", -1_000), new PostingLine("claims:op", "w1", "EUR", 1_000)], book.Lines());
    }

    [Fact]
    public void Lines_PostingsThatCancel_LeaveNoLine()
    {
        var book = new PostingBook();
        book.Post("party:a", "w1", "EUR", -5);
        book.Post("party:a", "w1", "EUR", 5);
        Assert.Empty(book.Lines());
    }

    [Fact]
    public void Difference_RetroactiveLicenceOverClaim_MovesTheClaimToPayables()
    {
        // Posted: a claim of 40 held by creator c against operator o. Now licensed at 50.
        PostingLine[] posted = [new("claims:o", "w", "EUR", 40), new("claimed:c", "w", "EUR", -40)];
        PostingLine[] should = [new("operator:o", "w", "EUR", 50), new("party:c", "w", "EUR", -50)];

        Assert.Equal(
            [new PostingLine("claimed:c", "w", "EUR", 40), new PostingLine("claims:o", "w", "EUR", -40),
             new PostingLine("operator:o", "w", "EUR", 50), new PostingLine("party:c", "w", "EUR", -50)],
            PostingBook.Difference(should, posted));
    }

    [Fact]
    public void Imbalance_CreditsShortOfDebits_NamesTheCurrencyAndTheDifference()
    {
        Assert.Equal("EUR lines sum to 1 nanos, not 0 (debits and credits differ)",
            JournalBalance.Imbalance([new("operator:o", "w", "EUR", 10), new("party:a", "w", "EUR", -9), new("operator:o", "w", "USD", 0)]));
    }
}
