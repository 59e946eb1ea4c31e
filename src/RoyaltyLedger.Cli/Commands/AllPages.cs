namespace RoyaltyLedger.Cli.Commands;

/// <summary>
/// Follows a list call's pages to the end and returns them as one response, so that `list` commands print what they
/// printed before the server paged (the merged response's next_page_token is empty, as a last page's is).
/// </summary>
internal static class AllPages
{
    /// <summary>The most a server gives per page; fewer round trips for long lists.</summary>
    public const int PageSize = 1_000;

    public static async Task<TResponse> ReadAsync<TResponse>(
        Func<string, Task<TResponse>> page, Func<TResponse, string> nextPageToken, Action<TResponse, TResponse> append)
    {
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(nextPageToken);
        ArgumentNullException.ThrowIfNull(append);
        var all = await page("");
        var token = nextPageToken(all);
        while (token.Length > 0)
        {
            var more = await page(token);
            var next = nextPageToken(more);
            if (next == token)
            {
                throw new InvalidDataException($"the server returned page token {token} for the page it names; stopped instead of reading it forever");
            }

            append(all, more);
            token = next;
        }

        return all;
    }
}
