namespace RoyaltyLedger.Domain.Registry.Cwr;

/// <summary>
/// The columns this importer reads, from CISAC "Functional specifications: Common Works Registration" version 2.1
/// (CWR11-1991R1, revision 7) and version 2.2 revision 2 (CWR19-1070): the positions of the fields read here are the
/// same in both. Every other field, and every record type not named here, is not read (docs/cwr.md has the table).
/// </summary>
public static class CwrLayout
{
    /// <summary>Every record starts with its 3-letter type; transaction and detail records continue with two sequence numbers.</summary>
    public static readonly CwrField RecordType = new("record type", 1, 3);
    public static readonly CwrField TransactionSequence = new("transaction sequence number", 4, 8);
    public static readonly CwrField RecordSequence = new("record sequence number", 12, 8);

    public static class Hdr
    {
        public static readonly CwrField SenderType = new("sender type", 4, 2);
        public static readonly CwrField SenderId = new("sender id", 6, 9);
        public static readonly CwrField SenderName = new("sender name", 15, 45);
        public static readonly CwrField EdiVersion = new("EDI standard version number", 60, 5);
        public static readonly CwrField CreationDate = new("creation date", 65, 8);
        public static readonly CwrField CreationTime = new("creation time", 73, 6);
        public static readonly CwrField CwrVersion = new("CWR version", 102, 3);
    }

    public static class Grh
    {
        public static readonly CwrField TransactionType = new("transaction type", 4, 3);
        public static readonly CwrField GroupId = new("group id", 7, 5);
    }

    /// <summary>GRT (group trailer) and TRL (transmission trailer) counts.</summary>
    public static class Trailer
    {
        public static readonly CwrField GroupCount = new("group count", 4, 5);
        public static readonly CwrField GroupId = new("group id", 4, 5);
        public static readonly CwrField TransactionCount = new("transaction count", 9, 8);
        public static readonly CwrField RecordCount = new("record count", 17, 8);
    }

    /// <summary>NWR (new work registration) and REV (revised registration) share one layout.</summary>
    public static class Nwr
    {
        public static readonly CwrField Title = new("work title", 20, 60);
        public static readonly CwrField SubmitterWorkNumber = new("submitter work number", 82, 14);
        public static readonly CwrField Iswc = new("ISWC", 96, 11);
    }

    /// <summary>SWR (writer controlled by the submitter) and OWR (other writer) share one layout.</summary>
    public static class Swr
    {
        public static readonly CwrField InterestedPartyNumber = new("interested party number", 20, 9);
        public static readonly CwrField LastName = new("writer last name", 29, 45);
        public static readonly CwrField FirstName = new("writer first name", 74, 30);
        public static readonly CwrField UnknownIndicator = new("writer unknown indicator", 104, 1);
        public static readonly CwrField Designation = new("writer designation code", 105, 2);
        public static readonly CwrField IpiNameNumber = new("writer IPI name number", 116, 11);
        public static readonly CwrField PrShare = new("PR ownership share", 130, 5);
        public static readonly CwrField MrShare = new("MR ownership share", 138, 5);
        public static readonly CwrField SrShare = new("SR ownership share", 146, 5);
        public static readonly CwrField IpiBaseNumber = new("writer IPI base number", 155, 13);
    }
}
