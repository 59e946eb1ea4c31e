namespace RoyaltyLedger.Application.BankPayments;

/// <summary>Who holds a bank account: a paid party (creator or rightsholder) or a society, as stored in bank_accounts.holder_kind.</summary>
public static class BankAccountHolders
{
    public const string Party = "party";

    public const string Society = "society";
}
