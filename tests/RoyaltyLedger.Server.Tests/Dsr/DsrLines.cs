namespace RoyaltyLedger.Server.Tests.Dsr;

/// <summary>
/// DSR records built from the published layout (DDEX DSR Part 8 record types, Basic Audio and UGC profiles), with
/// made-up values: no copyrighted sample is used.
/// </summary>
internal static class DsrLines
{
    public const string Sender = "PADPIDA2026110101X";

    public static string Tab(params string[] cells) => string.Join('\t', cells);

    public static string Head(string messageId = "MSG-1", string start = "2026-11-01", string end = "2026-11-30", string file = "1", string files = "1", string sender = Sender) =>
        Tab("HEAD", "dsrf/1.1.2/1.6/1.0", "BasicAudioProfile", "1.2", messageId, "2026-12-01T10:00:00Z", file, files, start, end, sender, "Streamo", "PremiumService", "PADPIDA0000000001R", "Society");

    public static string Summary(string id = "1", string territory = "DE") =>
        Tab("SY02.03", id, "", "", "SubscriptionModel", "Stream", territory, "PremiumService", "1000", "10", "9.99", "EUR");

    public static string Release(string block) => Tab("RE01.03", block, "1", "REL-" + block, "", "", "", "Some Artist");

    public static string Resource(string block, string reference, string isrc, string dspId = "") =>
        Tab("AS02.04", block, reference, dspId.Length == 0 ? "DSP-" + block + "-" + reference : dspId, isrc, "Some Title", "", "Some Artist", "", "PT3M0S");

    public static string Work(string block, string iswc) => Tab("MW01.03", block, "W-" + block, iswc, "Some Work", "", "Some Writer");

    public static string Streams(string block, string resource, string count, string summary = "1", string transaction = "T1") =>
        Tab("SU02.03", block, summary, transaction, "", resource, "true", count, "", "");

    public static string ReleaseStreams(string block, string release, string count) =>
        Tab("SU02.03", block, "1", "TR", release, "", "true", count, "", "");

    public static string Ugc(string block, string dspId, string count, string summary = "1") => Tab("SU03.02", block, "U1", summary, dspId, count, "0.00");

    public static string Foot(int lines) => Tab("FOOT", lines.ToString(System.Globalization.CultureInfo.InvariantCulture), "", "1", "1", "1");
}
