using System.Text.Encodings.Web;

namespace RoyaltyLedger.Server.Web;

/// <summary>HTML-encodes text for element content and double-quoted attributes; every value a user supplied goes through here.</summary>
internal static class Html
{
    public static string Encode(string? text) => HtmlEncoder.Default.Encode(text ?? "");

    /// <summary>A path segment: percent-encoded for the URL, then HTML-encoded for the attribute.</summary>
    public static string PathSegment(string segment) => Encode(Uri.EscapeDataString(segment));
}
