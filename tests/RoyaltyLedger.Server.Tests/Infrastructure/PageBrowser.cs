using System.Text.RegularExpressions;

namespace RoyaltyLedger.Server.Tests.Infrastructure;

/// <summary>
/// A browser's part in the statement pages over plain HTTP: its own cookie jar (by name, for every server, since
/// cookies ignore ports), the Set-Cookie lines of its last response, and the sign-in form's token.
/// </summary>
public sealed partial class PageBrowser : IDisposable
{
    private readonly HttpClient _http = new(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false });

    public Dictionary<string, string> Cookies { get; } = new(StringComparer.Ordinal);

    /// <summary>The Set-Cookie header lines of the last response.</summary>
    public IReadOnlyList<string> LastSetCookies { get; private set; } = [];

    public void Dispose() => _http.Dispose();

    /// <summary>A copy with the same cookies, for a second device holding the same session.</summary>
    public PageBrowser Copy()
    {
        var copy = new PageBrowser();
        foreach (var (name, value) in Cookies)
        {
            copy.Cookies[name] = value;
        }

        return copy;
    }

    /// <param name="html">False to ask as a client that is not a browser (no Accept: text/html).</param>
    public async Task<(HttpResponseMessage Response, string Body)> GetAsync(string url, bool html = true)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        return await SendAsync(request, html);
    }

    public async Task<(HttpResponseMessage Response, string Body)> PostFormAsync(string url, IEnumerable<KeyValuePair<string, string>> fields, string? origin = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new FormUrlEncodedContent(fields) };
        if (origin is not null)
        {
            request.Headers.Add("Origin", origin);
        }

        return await SendAsync(request, html: true);
    }

    /// <summary>Opens the sign-in form and returns its token field (which also sets the form cookie).</summary>
    public async Task<KeyValuePair<string, string>> FormTokenAsync(string server, string path = "/statements/login")
    {
        var (response, body) = await GetAsync(server + path);
        Assert.True(response.IsSuccessStatusCode, $"GET {path} answered {(int)response.StatusCode}: {body}");
        return TokenIn(body);
    }

    public static KeyValuePair<string, string> TokenIn(string html)
    {
        var match = TokenField().Match(html);
        Assert.True(match.Success, $"no form token field in: {html}");
        return new(match.Groups[1].Value, match.Groups[2].Value);
    }

    /// <summary>Signs in through the form as a person would: open the form, post the key with its token.</summary>
    public async Task<(HttpResponseMessage Response, string Body)> SignInAsync(string server, string apiKey, string returnTo = "")
    {
        var token = await FormTokenAsync(server);
        return await PostFormAsync(server + "/statements/login", [new("api_key", apiKey), new("return", returnTo), token], origin: server);
    }

    private async Task<(HttpResponseMessage Response, string Body)> SendAsync(HttpRequestMessage request, bool html)
    {
        if (html)
        {
            request.Headers.Accept.ParseAdd("text/html");
        }

        if (Cookies.Count > 0)
        {
            request.Headers.Add("Cookie", string.Join("; ", Cookies.Select(c => $"{c.Key}={c.Value}")));
        }

        var response = await _http.SendAsync(request);
        LastSetCookies = response.Headers.TryGetValues("Set-Cookie", out var lines) ? [.. lines] : [];
        foreach (var line in LastSetCookies)
        {
            var pair = line.Split(';')[0];
            var (name, value) = (pair[..pair.IndexOf('=', StringComparison.Ordinal)], pair[(pair.IndexOf('=', StringComparison.Ordinal) + 1)..]);
            if (value.Length == 0 || line.Contains("expires=Thu, 01 Jan 1970", StringComparison.OrdinalIgnoreCase))
            {
                Cookies.Remove(name);
            }
            else
            {
                Cookies[name] = value;
            }
        }

        return (response, await response.Content.ReadAsStringAsync());
    }

    [GeneratedRegex("<input type=\"hidden\" name=\"(__[^\"]+)\" value=\"([^\"]+)\"")]
    private static partial Regex TokenField();
}
