using System.Buffers.Text;
using System.Text;
using RoyaltyLedger.Domain.Validation;
using static System.FormattableString;

namespace RoyaltyLedger.Server.Grpc;

/// <summary>
/// Paging of list calls in id order. page_size 0 means <see cref="DefaultPageSize"/>; more than
/// <see cref="MaxPageSize"/> is refused rather than clamped, so a client never mistakes a short page for the whole
/// list. A page token is "v1:" and the last id of the page before, base64url-encoded: opaque to clients, and anything
/// that does not decode to that shape is refused naming page_token and the value.
/// </summary>
internal static class Paging
{
    public const int DefaultPageSize = 100;

    public const int MaxPageSize = 1_000;

    /// <summary>Longer tokens cannot hold an id (ids are at most 64 characters); not decoded.</summary>
    public const int MaxTokenLength = 256;

    private const string TokenPrefix = "v1:";

    /// <summary>The page size to read and the id to read after; throws INVALID_ARGUMENT naming each bad field.</summary>
    public static (int PageSize, string AfterId) Read(int pageSize, string pageToken)
    {
        string? afterId = null;
        RpcErrors.ThrowIfAny([
            pageSize is < 0 or > MaxPageSize
                ? new FieldViolation("page_size", Invariant($"page_size is {pageSize:N0}, expected 1 to {MaxPageSize:N0} (0 means {DefaultPageSize})"))
                : null,
            pageToken.Length == 0 || TryDecode(pageToken, out afterId)
                ? null
                : BadToken(pageToken)]);
        return (pageSize == 0 ? DefaultPageSize : pageSize, afterId ?? "");
    }

    /// <summary>
    /// As <see cref="Read"/> for lists in order of a sequence number (0 before the first page); a token whose key is
    /// not a sequence number is refused naming page_token and the value.
    /// </summary>
    public static (int PageSize, long AfterSequence) ReadSequence(int pageSize, string pageToken)
    {
        var (size, afterId) = Read(pageSize, pageToken);
        if (afterId.Length == 0)
        {
            return (size, 0);
        }

        if (!long.TryParse(afterId, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var after))
        {
            RpcErrors.ThrowIfAny([BadToken(pageToken)]);
        }

        return (size, after);
    }

    /// <summary>The token for the page after the one ending at sequence number <paramref name="lastSequence"/>.</summary>
    public static string Token(long lastSequence) => Token(lastSequence.ToString(System.Globalization.CultureInfo.InvariantCulture));

    private static FieldViolation BadToken(string pageToken) =>
        new("page_token", $"page_token '{EntityIds.Printable(pageToken)}' is not a token this server issued; pass next_page_token of the previous page, or \"\" for the first");

    /// <summary>The token for the page after the one ending at <paramref name="lastId"/>.</summary>
    public static string Token(string lastId) => Base64Url.EncodeToString(Encoding.UTF8.GetBytes(TokenPrefix + lastId));

    /// <summary>
    /// Reads one item more than the page holds to learn whether another page follows, without a count query.
    /// </summary>
    public static (IReadOnlyList<T> Page, string NextPageToken) Cut<T>(IReadOnlyList<T> readOneMore, int pageSize, Func<T, string> id)
    {
        ArgumentNullException.ThrowIfNull(readOneMore);
        ArgumentNullException.ThrowIfNull(id);
        return readOneMore.Count > pageSize
            ? ([.. readOneMore.Take(pageSize)], Token(id(readOneMore[pageSize - 1])))
            : (readOneMore, "");
    }

    private static bool TryDecode(string token, out string? afterId)
    {
        afterId = null;
        if (token.Length > MaxTokenLength || !Base64Url.IsValid(token))
        {
            return false;
        }

        string text;
        try
        {
            text = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(Base64Url.DecodeFromChars(token));
        }
        catch (DecoderFallbackException)
        {
            return false;
        }

        if (!text.StartsWith(TokenPrefix, StringComparison.Ordinal) || text.Length == TokenPrefix.Length)
        {
            return false;
        }

        afterId = text[TokenPrefix.Length..];
        return true;
    }
}
