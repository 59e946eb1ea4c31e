using RoyaltyLedger.Domain.Payouts.Transfers;

namespace RoyaltyLedger.Domain.Tests.Payouts.Transfers;

public class BankAccountTests
{
    [Fact]
    public void Create_ValidFields_Normalizes()
    {
        var (account, violations) = BankAccount.Create("account.", "  Ada Lovelace ", "de89 3704 0044 0532 0130 00", "deutdeff");
        Assert.Empty(violations);
        Assert.Equal(new BankAccount("Ada Lovelace", "DE89370400440532013000", "DEUTDEFF"), account);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    public void Create_NoBic_HoldsEmptyBic(string? bic)
    {
        var (account, violations) = BankAccount.Create("", "Ada", "DE89370400440532013000", bic);
        Assert.Empty(violations);
        Assert.Equal("", account!.Bic);
    }

    [Fact]
    public void Create_EveryFieldBad_NamesEachField()
    {
        var (account, violations) = BankAccount.Create("account.", " ", "DE00370400440532013000", "DEUT");
        Assert.Null(account);
        Assert.Equal(["account.holder_name", "account.iban", "account.bic"], violations.Select(v => v.Field));
    }

    [Theory]
    [InlineData(70, true)]
    [InlineData(71, false)]
    [InlineData(1, true)]
    public void Create_HolderNameAtLimit_AcceptsUpTo70(int length, bool accepted)
    {
        var (account, violations) = BankAccount.Create("", new string('A', length), "DE89370400440532013000", "");
        Assert.Equal(accepted, account is not null);
        if (!accepted)
        {
            Assert.Equal($"holder_name '{new string('A', 71)}' has 71 characters, at most 70", Assert.Single(violations).Description);
        }
    }

    [Fact]
    public void Create_HolderNameWithControlCharacter_Refused()
    {
        var (_, violations) = BankAccount.Create("", "Ada\nLovelace", "DE89370400440532013000", "");
        Assert.Equal("holder_name", Assert.Single(violations).Field);
    }
}
