namespace RoyaltyLedger.Cli.Import.Dsr;

/// <summary>
/// The cells the importer reads, by record type, as 0-based indexes into a record's tab-separated cells (the standard
/// numbers cells from 1: cell n is index n - 1). From DDEX DSR Part 8 (Record Type Definitions) as profiled by Part 3
/// (Basic Audio Profile) and the UGC Profile; docs/dsr.md has the table. A record type is matched on the part before
/// its version suffix (AS02.04 is read as AS02), since the cells read here kept their places across the versions.
/// </summary>
internal static class DsrLayout
{
    public const string Head = "HEAD";
    public const string Foot = "FOOT";

    /// <summary>HEAD: 2 MessageVersion, 3 Profile, 4 ProfileVersion, 5 MessageId, 7 FileNumber, 8 NumberOfFiles, 9 UsageStartDate, 10 UsageEndDate, 11 SenderPartyId, 12 SenderName, 13 ServiceDescription.</summary>
    public const int HeadMessageVersion = 1, HeadProfile = 2, HeadProfileVersion = 3, HeadMessageId = 4, HeadFileNumber = 6,
        HeadNumberOfFiles = 7, HeadStartDate = 8, HeadEndDate = 9, HeadSenderPartyId = 10, HeadSenderName = 11, HeadServiceDescription = 12;

    /// <summary>The cells HEAD must have: up to UsageEndDate; the sender's cells are read when present.</summary>
    public const int HeadMinCells = 10;

    /// <summary>Summary records SYxx: 2 SummaryRecordId, 6 UseType, 7 Territory.</summary>
    public const int SummaryId = 1, SummaryUseType = 5, SummaryTerritory = 6, SummaryMinCells = 7;

    /// <summary>Every record of a Block (RE, AS, MW, SU) carries its BlockId in cell 2.</summary>
    public const int BlockId = 1;

    /// <summary>Sound recording records AS01 and AS02: 3 ResourceReference, 4 DspResourceId, 5 ResourceISRC.</summary>
    public const int ResourceReference = 2, ResourceDspId = 3, ResourceIsrc = 4, ResourceMinCells = 5;

    /// <summary>Musical work record MW01: 4 MusicalWorkISWC.</summary>
    public const int WorkIswc = 3, WorkMinCells = 4;

    /// <summary>SU02 (streaming): 3 SummaryRecordId, 4 SalesTransactionId, 5 TransactedReleaseReference, 6 TransactedResourceReference, 8 NumberOfStreams (the usage count).</summary>
    public const int Su02Summary = 2, Su02Transaction = 3, Su02Release = 4, Su02Resource = 5, Su02Usages = 7, Su02MinCells = 8;

    /// <summary>SU03 (UGC): 3 SalesTransactionId, 4 SummaryRecordId, 5 DspResourceId, 6 Usages.</summary>
    public const int Su03Transaction = 2, Su03Summary = 3, Su03DspResource = 4, Su03Usages = 5, Su03MinCells = 6;

    /// <summary>The record type without its version suffix: AS02.04 → AS02.</summary>
    public static string Kind(string recordType)
    {
        var dot = recordType.IndexOf('.', StringComparison.Ordinal);
        return dot < 0 ? recordType : recordType[..dot];
    }
}
